//! JSON API v1 (bearer tokens). Paths and fields follow DESIGN.md's contract.

use super::auth::{client_address, ApiAuth};
use super::body::{Body, OptionalBody};
use super::{run, run_login};
use crate::domain::assembly::AssemblyState;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::export::minutes::download::Format;
use crate::service::ledger::LedgerFilter;

use crate::i18n::Msg;
use crate::service::accounts::{AccountChange, NewAccountInput, Replacement};
use crate::service::agenda::{AgendaItemInput, AgendaOrder, AssemblyChange, TakeUp};
use crate::service::assemblies::NewAssemblyInput;
use crate::service::attendance::CheckInInput;
use crate::service::elections::{ElectionBallotInput, NewElectionInput};
use crate::service::motions::{AdmissionInput, NewMotionInput, OpinionInput, WithdrawalInput};
use crate::service::organisations::{NewOrganisationInput, OrganisationChange};
use crate::service::polls::{BallotInput, CloseInput, OpenPollInput, TellersInput};
use crate::service::proxies::ProxyInput;
use crate::service::speakers::SpeakInput;
use crate::service::Services;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

type Svc = web::Data<Services>;

pub fn configure(cfg: &mut web::ServiceConfig) {
    // actix tries routes in order, a pattern match each: the vote's routes
    // come first, since in a burst nearly every request is one of them.
    cfg.route("/polls/{id}/ballots", web::post().to(cast_ballot))
        .route("/rounds/{id}/ballots", web::post().to(cast_election_ballot))
        .route("/session", web::post().to(login))
        .route("/session", web::delete().to(logout))
        .route("/organisations", web::get().to(list_organisations))
        .route("/organisations", web::post().to(create_organisation))
        .route("/organisations/import", web::post().to(import_register))
        .route("/organisations/export", web::get().to(export_register))
        .route("/organisations/{id}", web::patch().to(change_organisation))
        .route("/accounts", web::post().to(create_account))
        .route("/accounts", web::get().to(list_accounts))
        .route("/accounts/{id}", web::patch().to(change_account))
        .route("/accounts/{id}/replace", web::post().to(replace_delegate))
        .route("/assemblies", web::get().to(list_assemblies))
        .route("/assemblies", web::post().to(create_assembly))
        .route("/assemblies/{id}", web::get().to(get_assembly))
        .route("/assemblies/{id}", web::patch().to(change_assembly))
        .route("/assemblies/{id}/agenda", web::get().to(agenda))
        .route("/assemblies/{id}/agenda", web::post().to(add_agenda_item))
        .route("/assemblies/{id}/agenda/order", web::post().to(reorder_agenda))
        .route("/assemblies/{id}/agenda/current", web::post().to(take_up_item))
        .route("/assemblies/{id}/transition", web::post().to(transition))
        .route("/assemblies/{id}/attendance", web::get().to(attendance_list))
        .route("/assemblies/{id}/attendance", web::post().to(check_in))
        .route("/assemblies/{id}/attendance/code", web::post().to(check_in_by_code))
        .route("/assemblies/{id}/attendance/stays", web::get().to(stays))
        .route("/assemblies/{id}/attendance/{organisation_id}", web::delete().to(check_out))
        .route("/assemblies/{id}/quorum", web::get().to(quorum))
        .route("/assemblies/{id}/bundle", web::get().to(bundle))
        .route("/assemblies/{id}/minutes", web::get().to(get_minutes))
        .route("/assemblies/{id}/minutes", web::put().to(set_narrative))
        .route("/assemblies/{id}/minutes/approve", web::post().to(approve_minutes))
        .route("/assemblies/{id}/incidents", web::post().to(record_incident))
        .route("/assemblies/{id}/exports/{file}", web::get().to(export_file))
        .route("/assemblies/{id}/elections", web::get().to(list_elections))
        .route("/assemblies/{id}/elections", web::post().to(create_election))
        .route("/elections/{id}", web::get().to(get_election))
        .route("/elections/{id}/rounds", web::post().to(open_round))
        .route("/rounds/{id}/close", web::post().to(close_round))
        .route("/assemblies/{id}/speakers", web::get().to(speakers))
        .route("/assemblies/{id}/speakers", web::post().to(ask_to_speak))
        .route("/speakers/{id}/floor", web::post().to(give_floor))
        .route("/speakers/{id}/done", web::post().to(end_floor))
        .route("/speakers/{id}", web::delete().to(withdraw_request))
        .route("/assemblies/{id}/proxies", web::get().to(list_proxies))
        .route("/assemblies/{id}/proxies", web::post().to(grant_proxy))
        .route("/proxies/{id}", web::delete().to(revoke_proxy))
        .route("/assemblies/{id}/motions", web::get().to(list_motions))
        .route("/assemblies/{id}/motions", web::post().to(create_motion))
        .route("/motions/{id}", web::get().to(get_motion))
        .route("/motions/{id}/seconders", web::post().to(second_motion))
        .route("/motions/{id}/admission", web::post().to(admission))
        .route("/motions/{id}/withdraw", web::post().to(withdraw_motion))
        .route("/motions/{id}/opinions", web::post().to(add_opinion))
        .route("/motions/{id}/polls", web::post().to(open_poll))
        .route("/polls/{id}/tellers", web::post().to(record_tellers))
        .route("/polls/{id}", web::get().to(get_poll))
        .route("/polls/{id}/seal", web::get().to(poll_seal))
        .route("/instance", web::get().to(instance))
        .route("/polls/{id}/close", web::post().to(close_poll))
        .route("/receipts/{code}", web::get().to(check_receipt))
        .route("/receipts", web::post().to(check_posted_receipt))
        .route("/audit/events", web::get().to(audit_events))
        .default_service(web::to(|| async { Err::<HttpResponse, _>(AppError::not_found("API path")) }));
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(crate) struct LoginBody {
    email: String,
    password: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct LoginOut {
    token: String,
    account: crate::service::accounts::AccountView,
}

async fn login(svc: Svc, req: HttpRequest, body: Body<LoginBody>) -> AppResult<HttpResponse> {
    let address = client_address(&req);
    let body = body.into_inner();
    let logged = match run_login(&svc, move |s| s.login(&body.email, &body.password, &address, None)).await {
        Ok(logged) => logged,
        Err(e) if e.kind == crate::error::ErrorKind::TooManyRequests => {
            let mut res = actix_web::ResponseError::error_response(&e);
            super::auth::retry_after(&mut res, svc.settings.login_window_seconds);
            return Ok(res);
        }
        Err(e) => return Err(e),
    };
    Ok(HttpResponse::Created().json(LoginOut { token: logged.token.0, account: logged.account }))
}

async fn logout(svc: Svc, auth: ApiAuth) -> AppResult<HttpResponse> {
    run(&svc, move |s| s.logout(&auth.0)).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn list_organisations(svc: Svc, auth: ApiAuth) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_organisations(&auth.0.caller)).await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn create_organisation(svc: Svc, auth: ApiAuth, body: Body<NewOrganisationInput>) -> AppResult<HttpResponse> {
    let org = run(&svc, move |s| s.create_organisation(&auth.0.caller, body.into_inner())).await?;
    Ok(HttpResponse::Created().json(org))
}

async fn change_organisation(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<OrganisationChange>,
) -> AppResult<HttpResponse> {
    let org = run(&svc, move |s| s.change_organisation(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Ok().json(org))
}

/// `text/csv` in, `{created, updated, unchanged, errors: [{line, message}]}`
/// out; with any bad row, 422 and nothing applied.
async fn import_register(svc: Svc, auth: ApiAuth, body: web::Bytes) -> AppResult<HttpResponse> {
    let text = String::from_utf8(body.to_vec()).map_err(|_| {
        AppError::bad_request(
            ErrorCode::InvalidEncoding,
            Msg::BadRequest { detail: "the file is not UTF-8 text".into() },
        )
    })?;
    let report = run(&svc, move |s| s.import_register(Some(&auth.0.caller), &text, &|_, _| {})).await?;
    if report.errors.is_empty() {
        Ok(HttpResponse::Ok().json(report))
    } else {
        let message = Msg::InvalidRows { count: report.errors.len().to_string() }.en();
        Ok(HttpResponse::UnprocessableEntity().json(ImportRefused {
            error: ErrorCode::InvalidRows,
            message,
            created: 0,
            errors: report.errors,
        }))
    }
}

/// A register import refused for its bad rows: nothing was applied.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct ImportRefused {
    /// `invalid_rows`.
    pub error: ErrorCode,
    pub message: String,
    /// Always 0: all rows or none.
    pub created: u64,
    pub errors: Vec<crate::service::organisations::ImportError>,
}

async fn export_register(svc: Svc, auth: ApiAuth) -> AppResult<HttpResponse> {
    let csv = run(&svc, move |s| s.export_register(Some(&auth.0.caller))).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(("Content-Disposition", "attachment; filename=\"register.csv\""))
        .body(csv))
}

async fn create_account(svc: Svc, auth: ApiAuth, body: Body<NewAccountInput>) -> AppResult<HttpResponse> {
    let account = run(&svc, move |s| s.create_account(Some(&auth.0.caller), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(account))
}

async fn list_accounts(svc: Svc, auth: ApiAuth) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_accounts(&auth.0.caller)).await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn change_account(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<AccountChange>,
) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.change_account(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Ok().json(a))
}

async fn replace_delegate(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<Replacement>,
) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.replace_delegate(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(a))
}

async fn list_assemblies(svc: Svc, auth: ApiAuth) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_assemblies(&auth.0.caller)).await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn create_assembly(svc: Svc, auth: ApiAuth, body: Body<NewAssemblyInput>) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.create_assembly(&auth.0.caller, body.into_inner())).await?;
    Ok(HttpResponse::Created().json(a))
}

async fn get_assembly(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.get_assembly(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(a))
}

async fn change_assembly(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<AssemblyChange>,
) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.change_assembly(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Ok().json(a))
}

async fn agenda(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let items = run(&svc, move |s| s.agenda_items(id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(items))
}

async fn add_agenda_item(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<AgendaItemInput>,
) -> AppResult<HttpResponse> {
    let items = run(&svc, move |s| s.add_agenda_item(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(items))
}

async fn reorder_agenda(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<AgendaOrder>,
) -> AppResult<HttpResponse> {
    let items = run(&svc, move |s| s.reorder_agenda(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Ok().json(items))
}

async fn take_up_item(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<TakeUp>) -> AppResult<HttpResponse> {
    let item = body.into_inner().item_id;
    let a = run(&svc, move |s| s.take_up_item(&auth.0.caller, id.into_inner(), item)).await?;
    Ok(HttpResponse::Ok().json(a))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(crate) struct TransitionBody {
    to: AssemblyState,
}

async fn transition(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<TransitionBody>,
) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.transition_assembly(&auth.0.caller, id.into_inner(), body.to)).await?;
    Ok(HttpResponse::Ok().json(a))
}

async fn attendance_list(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.attendance_list(id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn check_in(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<CheckInInput>) -> AppResult<HttpResponse> {
    let stay = run(&svc, move |s| s.check_in(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(stay))
}

async fn stays(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.stays(id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(crate) struct CodeBody {
    code: String,
}

async fn check_in_by_code(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<CodeBody>,
) -> AppResult<HttpResponse> {
    let stay = run(&svc, move |s| s.check_in_by_code(&auth.0.caller, id.into_inner(), &body.code)).await?;
    Ok(HttpResponse::Created().json(stay))
}

async fn check_out(svc: Svc, auth: ApiAuth, path: web::Path<(i64, i64)>) -> AppResult<HttpResponse> {
    let (id, org) = path.into_inner();
    let stay = run(&svc, move |s| s.check_out(&auth.0.caller, id, org)).await?;
    Ok(HttpResponse::Ok().json(stay))
}

async fn quorum(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let q = run(&svc, move |s| s.quorum(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(q))
}

async fn list_elections(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_elections(id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn create_election(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<NewElectionInput>,
) -> AppResult<HttpResponse> {
    let e = run(&svc, move |s| s.create_election(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(e))
}

async fn get_election(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let e = run(&svc, move |s| s.get_election(id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(e))
}

async fn open_round(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let e = run(&svc, move |s| s.open_round(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Created().json(e))
}

async fn cast_election_ballot(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<ElectionBallotInput>,
) -> AppResult<HttpResponse> {
    let r = svc.submit_election_ballot(&auth.0.caller, id.into_inner(), body.into_inner())?.answer().await?;
    Ok(HttpResponse::Created().json(r))
}

async fn close_round(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let e = run(&svc, move |s| s.close_round(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(e))
}

async fn speakers(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.speakers(id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn ask_to_speak(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: OptionalBody<SpeakInput>,
) -> AppResult<HttpResponse> {
    let input = body.into_inner().unwrap_or_default();
    let list = run(&svc, move |s| s.ask_to_speak(&auth.0.caller, id.into_inner(), input)).await?;
    Ok(HttpResponse::Created().json(list))
}

async fn give_floor(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.give_floor(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn end_floor(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.end_floor(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn withdraw_request(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.withdraw_request(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn list_proxies(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_proxies(id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn grant_proxy(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<ProxyInput>) -> AppResult<HttpResponse> {
    let p = run(&svc, move |s| s.grant_proxy(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(p))
}

async fn revoke_proxy(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let p = run(&svc, move |s| s.revoke_proxy(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(p))
}

async fn list_motions(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_motions(id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn create_motion(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<NewMotionInput>,
) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.create_motion(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(m))
}

async fn open_poll(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: OptionalBody<OpenPollInput>,
) -> AppResult<HttpResponse> {
    let input = body.into_inner().unwrap_or(OpenPollInput { ballot: crate::domain::poll::BallotType::RollCall });
    let p = run(&svc, move |s| s.open_poll(&auth.0.caller, id.into_inner(), input)).await?;
    Ok(HttpResponse::Created().json(p))
}

async fn get_motion(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.get_motion(id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(m))
}

async fn second_motion(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.second_motion(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Created().json(m))
}

async fn admission(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<AdmissionInput>) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.decide_admission(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Ok().json(m))
}

async fn withdraw_motion(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: OptionalBody<WithdrawalInput>,
) -> AppResult<HttpResponse> {
    let input = body.into_inner().unwrap_or_default();
    let m = run(&svc, move |s| s.withdraw_motion(&auth.0.caller, id.into_inner(), input)).await?;
    Ok(HttpResponse::Ok().json(m))
}

async fn add_opinion(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<OpinionInput>) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.add_opinion(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(m))
}

async fn record_tellers(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<TellersInput>,
) -> AppResult<HttpResponse> {
    let p = run(&svc, move |s| s.record_tellers(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(p))
}

async fn poll_seal(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let seal = run(&svc, move |s| s.poll_seal(id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(seal))
}

/// An assembly's evidence bundle, as a download for `plenum verify`.
async fn bundle(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let d = run(&svc, move |s| s.bundle_download(&auth.0.caller, id.into_inner())).await?;
    Ok(download(d))
}

/// The minutes: approved and frozen, or the draft from the record now.
async fn get_minutes(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.minutes(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(m))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(crate) struct NarrativeBody {
    narrative: String,
}

async fn set_narrative(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<NarrativeBody>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let m = run(&svc, move |s| {
        s.set_narrative(&auth.0.caller, id, &body.narrative)?;
        s.minutes(&auth.0.caller, id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(m))
}

async fn approve_minutes(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.approve_minutes(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(m))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(crate) struct IncidentBody {
    body: String,
}

async fn record_incident(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<IncidentBody>,
) -> AppResult<HttpResponse> {
    run(&svc, move |s| s.record_incident(&auth.0.caller, id.into_inner(), &body.body)).await?;
    Ok(HttpResponse::Created().json(Recorded { recorded: true }))
}

/// An incident, recorded.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Recorded {
    pub recorded: bool,
}

/// The minutes as `minutes.pdf|html|md`; the record as
/// `attendance.csv|proxies.csv|roll-call.csv`.
async fn export_file(svc: Svc, auth: ApiAuth, path: web::Path<(i64, String)>) -> AppResult<HttpResponse> {
    let (id, file) = path.into_inner();
    let format = Format::parse(&file).ok_or_else(|| AppError::not_found("export"))?;
    let d = run(&svc, move |s| super::downloads::minutes_file(s, &auth.0.caller, id, format)).await?;
    Ok(download(d))
}

/// A file as an attachment.
pub(crate) fn download(d: crate::service::minutes::Download) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(d.content_type)
        .insert_header(("Plenum-Public-Key", d.public_key))
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", d.filename),
        ))
        .body(d.body)
}

/// The instance's public key, which checks every seal.
async fn instance(svc: Svc) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok()
        .json(Instance { public_key: svc.sealer.public_key_hex(), version: env!("CARGO_PKG_VERSION") }))
}

/// The instance: its public key (hex), which checks every seal, and
/// plenum's version.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Instance {
    pub public_key: String,
    pub version: &'static str,
}

async fn get_poll(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let p = run(&svc, move |s| s.get_poll(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(p))
}

async fn cast_ballot(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<BallotInput>) -> AppResult<HttpResponse> {
    // Queued without a database call; the answer is awaited, not waited
    // for on a thread: a room voting at once parks no thread per ballot.
    let r = svc.submit_ballot(&auth.0.caller, id.into_inner(), body.into_inner())?.answer().await?;
    Ok(HttpResponse::Created().json(r))
}

async fn close_poll(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: OptionalBody<CloseInput>,
) -> AppResult<HttpResponse> {
    let input = body.into_inner().unwrap_or_default();
    let p = run(&svc, move |s| s.close_poll(&auth.0.caller, id.into_inner(), input)).await?;
    Ok(HttpResponse::Ok().json(p))
}

async fn check_receipt(svc: Svc, code: web::Path<String>) -> AppResult<HttpResponse> {
    let r = run(&svc, move |s| s.check_receipt(&code.into_inner())).await?;
    Ok(HttpResponse::Ok().json(r))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(crate) struct ReceiptBody {
    code: String,
}

/// `POST /receipts`: the check of `GET /receipts/{code}` with the code in
/// the body, where no URL (and so no proxy's log) holds it.
async fn check_posted_receipt(svc: Svc, body: Body<ReceiptBody>) -> AppResult<HttpResponse> {
    let code = body.into_inner().code;
    let r = run(&svc, move |s| s.check_receipt(&code)).await?;
    Ok(HttpResponse::Ok().json(r))
}

/// The ledger, filtered: `?after=&limit=&kind=ballot.&subject=poll:3&from=&until=`.
async fn audit_events(svc: Svc, auth: ApiAuth, q: web::Query<LedgerFilter>) -> AppResult<HttpResponse> {
    let filter = q.into_inner();
    let events = run(&svc, move |s| s.filter_ledger(&auth.0.caller, &filter)).await?;
    Ok(HttpResponse::Ok().json(Events { events }))
}

/// Events of the ledger, in order.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Events {
    pub events: Vec<crate::service::ledger::EventView>,
}
