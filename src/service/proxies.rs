//! Proxies for one assembly: grant, revoke, void on the grantor's arrival.

use super::{api_time, assemblies, organisations, record, Caller, Services};
use crate::audit::event::{Event, ProxyGranted, ProxyRevoked, ProxyVoid};
use crate::audit::Actor;
use crate::domain::ids::AssemblyId;
use crate::domain::poll::PollState;
use crate::domain::proxy::{check_grant, Member, Refusal};
use crate::domain::role::Role;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
pub use crate::input::ProxyInput;
use crate::store::presence::{live_proxies, open_stay};
use crate::store::rows::{NewProxy, Proxy};
use crate::store::schema::{election_rounds, elections, motions, poll_eligibility, polls, proxies};
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

/// A proxy as the API shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProxyView {
    pub id: i64,
    pub assembly_id: AssemblyId,
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

/// Every proxy of an assembly, in order of grant.
pub fn all_of(conn: &mut DbConn, assembly_id: AssemblyId) -> QueryResult<Vec<ProxyView>> {
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
    assembly_id: AssemblyId,
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
            format!("proxy:{id}"),
            Event::ProxyVoid(ProxyVoid { assembly: assembly_id.0, grantor, reason: "the grantor checked in".into() }),
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
        Refusal::CapReached(cap) => Msg::ProxyCapReached { org: h, cap: cap.into() },
    };
    let code = match r {
        Refusal::ToItself => ErrorCode::ProxyToItself,
        Refusal::GrantorAffiliate | Refusal::HolderAffiliate => ErrorCode::ProxyAffiliate,
        Refusal::GrantorSuspended | Refusal::HolderSuspended => ErrorCode::ProxySuspended,
        Refusal::GrantorPresent => ErrorCode::ProxyGrantorPresent,
        Refusal::AlreadyGiven => ErrorCode::ProxyAlreadyGiven,
        Refusal::HolderIsGrantor | Refusal::GrantorIsHolder => ErrorCode::ProxyChain,
        Refusal::CapReached(_) => ErrorCode::ProxyCapReached,
    };
    AppError::unprocessable(code, msg)
}

/// Gives a proxy inside a transaction: checks the rules, inserts, audits.
pub fn grant(
    conn: &mut DbConn,
    now: NaiveDateTime,
    actor: &Actor,
    created_by: i64,
    assembly_id: AssemblyId,
    input: &ProxyInput,
) -> AppResult<ProxyView> {
    let a = assemblies::load(conn, assembly_id)?;
    let state = a.state;
    if !state.accepts_attendance() {
        return Err(AppError::conflict(
            ErrorCode::AttendanceClosed,
            Msg::ProxiesClosed { state: crate::i18n::state_label(state).into() },
        ));
    }
    let grantor = organisations::load(conn, input.grantor_id)?;
    let holder = organisations::load(conn, input.holder_id)?;
    let present = open_stay(conn, assembly_id, grantor.id)?.is_some();
    let live = live_proxies(conn, assembly_id)?;
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
        crate::error::check_text(Msg::FieldDocument, d, crate::domain::text::Shape::Line, 500)?;
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
        format!("proxy:{id}"),
        Event::ProxyGranted(ProxyGranted {
            assembly: assembly_id.0,
            grantor: grantor.id,
            holder: holder.id,
            document: document.map(str::to_string),
        }),
    )?;
    Ok(ProxyView::from_row(&load(conn, id)?))
}

/// Whether the holder has voted with this proxy, in any kind of ballot: in
/// a poll or an election round opened since it was given whose snapshot
/// has the holder vote for the grantor, the grantor's vote is in (an online
/// ballot of a roll call or a tellers poll, a secret poll's or a round's
/// participation, the room's count). The grantor's own votes, cast before
/// it gave the proxy, do not use it. Secret polls and rounds record who
/// voted apart from what (`participations`, `election_participations`):
/// this reads only who, never a secret ballot.
fn used(conn: &mut DbConn, p: &Proxy) -> AppResult<bool> {
    let polls_by_proxy: Vec<i64> = poll_eligibility::table
        .inner_join(polls::table.inner_join(motions::table))
        .filter(motions::assembly_id.eq(p.assembly_id))
        .filter(polls::opened_at.ge(p.created_at))
        .filter(poll_eligibility::organisation_id.eq(p.grantor_id))
        .filter(poll_eligibility::holder_id.eq(p.holder_id))
        .select(polls::id)
        .load(conn)?;
    let rounds: Vec<(i64, String)> = election_rounds::table
        .inner_join(elections::table)
        .filter(elections::assembly_id.eq(p.assembly_id))
        .filter(election_rounds::opened_at.ge(p.created_at))
        .select((election_rounds::id, election_rounds::eligible))
        .load(conn)?;
    let mut rounds_by_proxy = Vec::new();
    for (id, eligible) in rounds {
        let eligible: Vec<(i64, Option<i64>)> = serde_json::from_str(&eligible).map_err(AppError::internal)?;
        if eligible.contains(&(p.grantor_id, Some(p.holder_id))) {
            rounds_by_proxy.push(id);
        }
    }
    super::voting::kind::voted_in_any(conn, &polls_by_proxy, &rounds_by_proxy, p.grantor_id)
}

/// Why a live proxy cannot be revoked now, if it cannot: used by its
/// holder, or counted by a poll or round now open (whose snapshot keeps
/// the holder voting for the grantor, DECISIONS.md, so a revocation would
/// not stop that vote).
fn why_not_revocable(conn: &mut DbConn, p: &Proxy) -> AppResult<Option<AppError>> {
    if used(conn, p)? {
        return Ok(Some(AppError::conflict(ErrorCode::ProxyUsed, Msg::ProxyUsed)));
    }
    if in_open_snapshot(conn, p)? {
        return Ok(Some(AppError::conflict(ErrorCode::ProxyInOpenPoll, Msg::ProxyInOpenPoll)));
    }
    Ok(None)
}

/// Whether a poll or an election round now open has, in its snapshot, this
/// proxy's holder voting for its grantor.
fn in_open_snapshot(conn: &mut DbConn, p: &Proxy) -> AppResult<bool> {
    let polls: i64 = poll_eligibility::table
        .inner_join(polls::table.inner_join(motions::table))
        .filter(motions::assembly_id.eq(p.assembly_id))
        .filter(polls::state.eq(PollState::Open))
        .filter(poll_eligibility::organisation_id.eq(p.grantor_id))
        .filter(poll_eligibility::holder_id.eq(p.holder_id))
        .count()
        .get_result(conn)?;
    if polls > 0 {
        return Ok(true);
    }
    let rounds: Vec<String> = election_rounds::table
        .inner_join(elections::table)
        .filter(elections::assembly_id.eq(p.assembly_id))
        .filter(election_rounds::state.eq(PollState::Open))
        .select(election_rounds::eligible)
        .load(conn)?;
    for eligible in rounds {
        let eligible: Vec<(i64, Option<i64>)> = serde_json::from_str(&eligible).map_err(AppError::internal)?;
        if eligible.contains(&(p.grantor_id, Some(p.holder_id))) {
            return Ok(true);
        }
    }
    Ok(false)
}

fn load(conn: &mut DbConn, id: i64) -> AppResult<Proxy> {
    proxies::table
        .find(id)
        .select(Proxy::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingProxy))
}

/// The secretariat for anyone; a delegate for its own organisation.
fn may_act_for(caller: &Caller, grantor: i64) -> AppResult<()> {
    match caller.role {
        Role::Secretariat => Ok(()),
        Role::Delegate if caller.organisation_id == Some(grantor) => Ok(()),
        Role::Delegate => Err(AppError::forbidden(ErrorCode::NotYourOrganisation, Msg::NotYourOrganisation)),
        _ => caller.require(&[Role::Secretariat, Role::Delegate]),
    }
}

impl Services {
    /// Gives a proxy (the grantor's delegate, or the secretariat entering a
    /// written one).
    pub fn grant_proxy(&self, caller: &Caller, assembly_id: AssemblyId, input: ProxyInput) -> AppResult<ProxyView> {
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
                    ErrorCode::TooManyProxies,
                    Msg::TooManyProxies { max: max.into() },
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
            assemblies::load_open(conn, p.assembly_id)?;
            if p.revoked_at.is_some() || p.void_at.is_some() {
                return Err(AppError::conflict(ErrorCode::ProxyNotLive, Msg::ProxyNotLive));
            }
            if let Some(refused) = why_not_revocable(conn, &p)? {
                return Err(refused);
            }
            diesel::update(proxies::table.find(id)).set(proxies::revoked_at.eq(now)).execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("proxy:{id}"),
                Event::ProxyRevoked(ProxyRevoked {
                    assembly: p.assembly_id.0,
                    grantor: p.grantor_id,
                    holder: p.holder_id,
                }),
            )?;
            Ok(ProxyView::from_row(&load(conn, id)?))
        })
    }

    /// Why a live proxy cannot be revoked now (its message), or `None` if
    /// it can: for the grantor's page, which then offers no revocation.
    pub fn proxy_revocation_refused(&self, id: i64) -> AppResult<Option<Msg>> {
        self.read(|conn| {
            let p = load(conn, id)?;
            Ok(why_not_revocable(conn, &p)?.map(|e| *e.msg))
        })
    }

    /// Every proxy of an assembly, live or not.
    pub fn list_proxies(&self, assembly_id: AssemblyId) -> AppResult<Vec<ProxyView>> {
        self.read(|conn| {
            assemblies::load(conn, assembly_id)?;
            Ok(all_of(conn, assembly_id)?)
        })
    }
}
