//! Proxies for one assembly: grant, revoke, void on the grantor's arrival.

use super::attendance::open_stay;
use super::{api_time, assemblies, organisations, record, stored, Caller, Services};
use crate::audit::Actor;
use crate::domain::assembly::AssemblyState;
use crate::domain::proxy::{check_grant, Live, Member, Refusal};
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
pub use crate::input::ProxyInput;
use crate::store::rows::{NewProxy, Proxy};
use crate::store::schema::{ballots, motions, polls, proxies};
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::json;

/// A proxy as the API shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ProxyView {
    pub id: i64,
    pub assembly_id: i64,
    pub grantor_id: i64,
    pub holder_id: i64,
    pub document: Option<String>,
    pub created_by: i64,
    pub created_at: String,
    pub revoked_at: Option<String>,
    pub void_at: Option<String>,
    /// `live`, `revoked` or `void`.
    pub state: &'static str,
}

impl ProxyView {
    fn from_row(p: &Proxy) -> Self {
        let state = match (p.revoked_at, p.void_at) {
            (Some(_), _) => "revoked",
            (None, Some(_)) => "void",
            (None, None) => "live",
        };
        ProxyView {
            id: p.id,
            assembly_id: p.assembly_id,
            grantor_id: p.grantor_id,
            holder_id: p.holder_id,
            document: p.document.clone(),
            created_by: p.created_by,
            created_at: api_time(p.created_at),
            revoked_at: p.revoked_at.map(api_time),
            void_at: p.void_at.map(api_time),
            state,
        }
    }
}

/// The live proxies of an assembly.
pub fn live(conn: &mut DbConn, assembly_id: i64) -> QueryResult<Vec<Live>> {
    let rows: Vec<(i64, i64)> = proxies::table
        .filter(proxies::assembly_id.eq(assembly_id))
        .filter(proxies::revoked_at.is_null())
        .filter(proxies::void_at.is_null())
        .select((proxies::grantor_id, proxies::holder_id))
        .load(conn)?;
    Ok(rows.into_iter().map(|(grantor, holder)| Live { grantor, holder }).collect())
}

/// Every proxy of an assembly, in order of grant.
pub fn all_of(conn: &mut DbConn, assembly_id: i64) -> QueryResult<Vec<ProxyView>> {
    let rows: Vec<Proxy> = proxies::table
        .filter(proxies::assembly_id.eq(assembly_id))
        .order(proxies::id.asc())
        .select(Proxy::as_select())
        .load(conn)?;
    Ok(rows.iter().map(ProxyView::from_row).collect())
}

/// The grantor has arrived: its live proxies become void, audited.
pub fn void_on_arrival(
    conn: &mut DbConn,
    now: NaiveDateTime,
    actor: &Actor,
    assembly_id: i64,
    grantor: i64,
) -> AppResult<()> {
    let ids: Vec<i64> = proxies::table
        .filter(proxies::assembly_id.eq(assembly_id))
        .filter(proxies::grantor_id.eq(grantor))
        .filter(proxies::revoked_at.is_null())
        .filter(proxies::void_at.is_null())
        .select(proxies::id)
        .load(conn)?;
    for id in ids {
        diesel::update(proxies::table.find(id)).set(proxies::void_at.eq(now)).execute(conn)?;
        record(
            conn,
            now,
            actor,
            "proxy.void",
            format!("proxy:{id}"),
            json!({"assembly": assembly_id, "grantor": grantor, "reason": "the grantor checked in"}),
        )?;
    }
    Ok(())
}

fn refusal(r: Refusal, grantor: &str, holder: &str) -> AppError {
    let g = grantor.to_string();
    let h = holder.to_string();
    let msg = match r {
        Refusal::ToItself => Msg::ProxyToItself,
        Refusal::GrantorAffiliate => Msg::ProxyGrantorAffiliate { org: g },
        Refusal::HolderAffiliate => Msg::ProxyHolderAffiliate { org: h },
        Refusal::GrantorSuspended => Msg::ProxyGrantorSuspended { org: g },
        Refusal::HolderSuspended => Msg::ProxyHolderSuspended { org: h },
        Refusal::GrantorPresent => Msg::ProxyGrantorPresent { org: g },
        Refusal::AlreadyGiven => Msg::ProxyAlreadyGiven { org: g },
        Refusal::HolderIsGrantor => Msg::ProxyHolderIsGrantor { org: h },
        Refusal::GrantorIsHolder => Msg::ProxyGrantorIsHolder { org: g },
        Refusal::CapReached(cap) => Msg::ProxyCapReached { org: h, cap: cap.to_string() },
    };
    let code = match r {
        Refusal::ToItself => "proxy_to_itself",
        Refusal::GrantorAffiliate | Refusal::HolderAffiliate => "proxy_affiliate",
        Refusal::GrantorSuspended | Refusal::HolderSuspended => "proxy_suspended",
        Refusal::GrantorPresent => "proxy_grantor_present",
        Refusal::AlreadyGiven => "proxy_already_given",
        Refusal::HolderIsGrantor | Refusal::GrantorIsHolder => "proxy_chain",
        Refusal::CapReached(_) => "proxy_cap_reached",
    };
    AppError::unprocessable(code, msg)
}

/// Gives a proxy inside a transaction: checks the rules, inserts, audits.
pub fn grant(
    conn: &mut DbConn,
    now: NaiveDateTime,
    actor: &Actor,
    created_by: i64,
    assembly_id: i64,
    input: &ProxyInput,
) -> AppResult<ProxyView> {
    let a = assemblies::load(conn, assembly_id)?;
    let state = stored(&a.state, AssemblyState::parse)?;
    if !state.accepts_attendance() {
        return Err(AppError::conflict(
            "attendance_closed",
            Msg::AttendanceClosed { state: crate::i18n::state_label(state).en() },
        ));
    }
    let grantor = organisations::load(conn, input.grantor_id)?;
    let holder = organisations::load(conn, input.holder_id)?;
    let present = open_stay(conn, assembly_id, grantor.id)?.is_some();
    let live = live(conn, assembly_id)?;
    let cap = u32::try_from(a.proxy_cap).unwrap_or(1);
    check_grant(
        Member { id: grantor.id, kind: grantor.kind, status: grantor.status },
        Member { id: holder.id, kind: holder.kind, status: holder.status },
        present,
        &live,
        cap,
    )
    .map_err(|r| refusal(r, &grantor.name, &holder.name))?;
    let document = input.document.as_deref().map(str::trim).filter(|d| !d.is_empty());
    if let Some(d) = document {
        crate::error::check_text("document", d, crate::domain::text::Shape::Line, 500)?;
    }
    let id: i64 = diesel::insert_into(proxies::table)
        .values(NewProxy {
            assembly_id,
            grantor_id: grantor.id,
            holder_id: holder.id,
            document,
            created_by,
            created_at: now,
        })
        .returning(proxies::id)
        .get_result(conn)?;
    record(
        conn,
        now,
        actor,
        "proxy.granted",
        format!("proxy:{id}"),
        json!({"assembly": assembly_id, "grantor": grantor.id, "holder": holder.id, "document": document}),
    )?;
    Ok(ProxyView::from_row(&load(conn, id)?))
}

fn load(conn: &mut DbConn, id: i64) -> AppResult<Proxy> {
    proxies::table
        .find(id)
        .select(Proxy::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found("proxy"))
}

/// The secretariat for anyone; a delegate for its own organisation.
fn may_act_for(caller: &Caller, grantor: i64) -> AppResult<()> {
    match caller.role {
        Role::Secretariat => Ok(()),
        Role::Delegate if caller.organisation_id == Some(grantor) => Ok(()),
        Role::Delegate => Err(AppError::forbidden("not_your_organisation", Msg::NotYourOrganisation)),
        _ => caller.require(&[Role::Secretariat, Role::Delegate]),
    }
}

impl Services {
    /// Gives a proxy (the grantor's delegate, or the secretariat entering a
    /// written one).
    pub fn grant_proxy(&self, caller: &Caller, assembly_id: i64, input: ProxyInput) -> AppResult<ProxyView> {
        may_act_for(caller, input.grantor_id)?;
        let max = self.settings.max_proxies_per_organisation;
        self.write(|conn, now| {
            // Giving and revoking over and over would grow the record
            // without bound: at most `max` proxies per grantor and assembly.
            let given: i64 = proxies::table
                .filter(proxies::assembly_id.eq(assembly_id))
                .filter(proxies::grantor_id.eq(input.grantor_id))
                .count()
                .get_result(conn)?;
            if given >= max {
                return Err(AppError::new(
                    crate::error::ErrorKind::TooManyRequests,
                    "too_many_proxies",
                    Msg::TooManyProxies { max: max.to_string() },
                ));
            }
            grant(conn, now, &caller.actor(), caller.account_id, assembly_id, &input)
        })
    }

    /// Revokes a live proxy that has not been used to vote.
    pub fn revoke_proxy(&self, caller: &Caller, id: i64) -> AppResult<ProxyView> {
        self.write(|conn, now| {
            let p = load(conn, id)?;
            may_act_for(caller, p.grantor_id)?;
            if p.revoked_at.is_some() || p.void_at.is_some() {
                return Err(AppError::conflict("proxy_not_live", Msg::ProxyNotLive));
            }
            let used: i64 = ballots::table
                .inner_join(polls::table.inner_join(motions::table))
                .filter(motions::assembly_id.eq(p.assembly_id))
                .filter(ballots::organisation_id.eq(p.grantor_id))
                .count()
                .get_result(conn)?;
            if used > 0 {
                return Err(AppError::conflict("proxy_used", Msg::ProxyUsed));
            }
            diesel::update(proxies::table.find(id)).set(proxies::revoked_at.eq(now)).execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                "proxy.revoked",
                format!("proxy:{id}"),
                json!({"assembly": p.assembly_id, "grantor": p.grantor_id, "holder": p.holder_id}),
            )?;
            Ok(ProxyView::from_row(&load(conn, id)?))
        })
    }

    /// Every proxy of an assembly, live or not.
    pub fn list_proxies(&self, assembly_id: i64) -> AppResult<Vec<ProxyView>> {
        self.read(|conn| {
            assemblies::load(conn, assembly_id)?;
            Ok(all_of(conn, assembly_id)?)
        })
    }
}
