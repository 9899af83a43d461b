//! The member register.

use super::{record, stored, Caller, Services};
use crate::audit::Actor;
use crate::domain::organisation::{valid_country, OrgKind, OrgStatus};
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::store::rows::{NewOrganisation, Organisation};
use crate::store::schema::organisations;
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;

/// An organisation as the API and pages show it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct OrganisationView {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub kind: OrgKind,
    pub status: OrgStatus,
}

impl OrganisationView {
    pub fn from_row(o: &Organisation) -> AppResult<Self> {
        Ok(OrganisationView {
            id: o.id,
            name: o.name.clone(),
            country: o.country.clone(),
            kind: stored(&o.kind, OrgKind::parse)?,
            status: stored(&o.status, OrgStatus::parse)?,
        })
    }
}

/// A new organisation.
#[derive(Debug, Clone, Deserialize)]
pub struct NewOrganisationInput {
    pub name: String,
    pub country: String,
    pub kind: OrgKind,
}

/// Loads an organisation or 404.
pub fn load(conn: &mut DbConn, id: i64) -> AppResult<OrganisationView> {
    let row = organisations::table
        .find(id)
        .select(Organisation::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found("organisation"))?;
    OrganisationView::from_row(&row)
}

/// Inserts an organisation with its audit event.
pub fn insert(
    conn: &mut DbConn,
    now: NaiveDateTime,
    actor: &Actor,
    input: &NewOrganisationInput,
) -> AppResult<OrganisationView> {
    let name = input.name.trim();
    if name.is_empty() || name.len() > 200 {
        return Err(AppError::bad_request(
            "invalid_name",
            Msg::BadRequest { detail: "name must have 1 to 200 characters".into() },
        ));
    }
    let country = input.country.trim().to_uppercase();
    if !valid_country(&country) {
        return Err(AppError::bad_request("invalid_country", Msg::InvalidCountry { country }));
    }
    let taken: i64 = organisations::table.filter(organisations::name.eq(name)).count().get_result(conn)?;
    if taken > 0 {
        return Err(AppError::conflict(
            "duplicate_organisation",
            Msg::Duplicate { what: format!("An organisation named {name}") },
        ));
    }
    let id: i64 = diesel::insert_into(organisations::table)
        .values(NewOrganisation {
            name,
            country: &country,
            kind: input.kind.as_str(),
            status: OrgStatus::Active.as_str(),
            created_at: now,
        })
        .returning(organisations::id)
        .get_result(conn)?;
    record(
        conn,
        now,
        actor,
        "organisation.created",
        format!("organisation:{id}"),
        json!({"name": name, "country": country, "kind": input.kind}),
    )?;
    Ok(OrganisationView { id, name: name.to_string(), country, kind: input.kind, status: OrgStatus::Active })
}

impl Services {
    /// Registers an organisation (secretariat).
    pub fn create_organisation(&self, caller: &Caller, input: NewOrganisationInput) -> AppResult<OrganisationView> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| insert(conn, now, &caller.actor(), &input))
    }

    /// The register, by name.
    pub fn list_organisations(&self, _caller: &Caller) -> AppResult<Vec<OrganisationView>> {
        self.read(|conn| {
            organisations::table
                .order(organisations::name.asc())
                .select(Organisation::as_select())
                .load(conn)?
                .iter()
                .map(OrganisationView::from_row)
                .collect()
        })
    }
}
