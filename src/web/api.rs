//! JSON API v1 (bearer tokens). Paths and fields follow DESIGN.md's contract.

use super::auth::{client_address, ApiAuth};
use super::body::{Body, OptionalBody};
use super::{run, run_login};
use crate::domain::assembly::AssemblyState;
use crate::domain::ids::{AssemblyId, ElectionId, MotionId, PollId, RoundId};
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::export::minutes::download::Format;
use crate::service::ledger::LedgerFilter;

use super::errors;
use crate::export::bundle::Bundle;
use crate::i18n::Msg;
use crate::service::accounts::AccountView;
use crate::service::accounts::{AccountChange, NewAccountInput, Replacement};
use crate::service::agenda::AgendaItemView;
use crate::service::agenda::{AgendaItemInput, AgendaOrder, AssemblyChange, TakeUp};
use crate::service::assemblies::NewAssemblyInput;
use crate::service::assemblies::{AssemblyView, QuorumView};
use crate::service::attendance::CheckInInput;
use crate::service::attendance::{AttendanceLine, StayView};
use crate::service::elections::ElectionView;
use crate::service::elections::{ElectionBallotInput, NewElectionInput};
use crate::service::minutes::Minutes;
use crate::service::motions::MotionView;
use crate::service::motions::{AdmissionInput, NewMotionInput, OpinionInput, WithdrawalInput};
use crate::service::organisations::{ImportReport, OrganisationView};
use crate::service::organisations::{NewOrganisationInput, OrganisationChange};
use crate::service::polls::{BallotInput, CloseInput, OpenPollInput, TellersInput};
use crate::service::polls::{PollView, SealView};
use crate::service::proxies::ProxyInput;
use crate::service::proxies::ProxyView;
use crate::service::speakers::SpeakInput;
use crate::service::speakers::SpeakerView;
use crate::service::voting::{BallotReceipt, ReceiptCheck, RoundReceipt};
use crate::service::Services;
use actix_web::{delete, get, patch, post, put, web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa_actix_web::service_config::ServiceConfig;

type Svc = web::Data<Services>;

pub fn configure(cfg: &mut ServiceConfig) {
    // actix tries routes in order, a pattern match each: the vote's routes
    // come first, since in a burst nearly every request is one of them.
    // Each `service` registers the handler's route and its documentation
    // (`#[utoipa::path]`) together: an undocumented route cannot be added.
    cfg.service(cast_ballot)
        .service(cast_election_ballot)
        .service(login)
        .service(logout)
        .service(list_organisations)
        .service(create_organisation)
        .service(import_register)
        .service(export_register)
        .service(change_organisation)
        .service(create_account)
        .service(list_accounts)
        .service(change_account)
        .service(replace_delegate)
        .service(list_assemblies)
        .service(create_assembly)
        .service(get_assembly)
        .service(change_assembly)
        .service(agenda)
        .service(add_agenda_item)
        .service(reorder_agenda)
        .service(take_up_item)
        .service(transition)
        .service(attendance_list)
        .service(check_in)
        .service(check_in_by_code)
        .service(stays)
        .service(check_out)
        .service(quorum)
        .service(bundle)
        .service(get_minutes)
        .service(set_narrative)
        .service(approve_minutes)
        .service(invite)
        .service(send_convocation)
        .service(outbox)
        .service(resend_notice)
        .service(record_incident)
        .service(export_file)
        .service(list_elections)
        .service(create_election)
        .service(get_election)
        .service(open_round)
        .service(close_round)
        .service(speakers)
        .service(ask_to_speak)
        .service(give_floor)
        .service(end_floor)
        .service(withdraw_request)
        .service(list_proxies)
        .service(grant_proxy)
        .service(revoke_proxy)
        .service(list_motions)
        .service(create_motion)
        .service(get_motion)
        .service(second_motion)
        .service(admission)
        .service(withdraw_motion)
        .service(add_opinion)
        .service(translate_motion)
        .service(open_poll)
        .service(record_tellers)
        .service(get_poll)
        .service(poll_seal)
        .service(instance)
        .service(close_poll)
        .service(check_receipt)
        .service(check_posted_receipt)
        .service(audit_events)
        .default_service(web::to(no_such_operation));
}

/// A path no operation answers: 405 with the methods it has (`Allow`)
/// where the path is the document's, else 404.
async fn no_such_operation(req: HttpRequest) -> AppResult<HttpResponse> {
    let allowed = super::openapi::methods_of(req.path());
    if allowed.is_empty() {
        return Err(AppError::not_found(crate::i18n::Msg::ThingApiPath));
    }
    let allow = allowed.join(", ");
    let error = AppError::new(
        crate::error::ErrorKind::MethodNotAllowed,
        ErrorCode::MethodNotAllowed,
        Msg::MethodNotAllowed { method: req.method().to_string(), allowed: allow.clone() },
    );
    let mut res = actix_web::ResponseError::error_response(&error);
    if let Ok(value) = actix_web::http::header::HeaderValue::from_str(&allow) {
        res.headers_mut().insert(actix_web::http::header::ALLOW, value);
    }
    Ok(res)
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct LoginBody {
    email: String,
    password: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct LoginOut {
    token: String,
    account: crate::service::accounts::AccountView,
}

/// Log in; returns a bearer token.
#[utoipa::path(
    request_body = LoginBody,
    responses(
        (status = 201, description = "Done", body = LoginOut),
        errors::Login,
    ),
    security(()),
)]
#[post("/session")]
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

/// Log out (ends this token's session).
#[utoipa::path(
    responses(
        (status = 204, description = "Logged out"),
        errors::Logout,
    ),
)]
#[delete("/session")]
async fn logout(svc: Svc, auth: ApiAuth) -> AppResult<HttpResponse> {
    run(&svc, move |s| s.logout(&auth.0)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The member register.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<OrganisationView>),
        errors::ListOrganisations,
    ),
)]
#[get("/organisations")]
async fn list_organisations(svc: Svc, auth: ApiAuth) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_organisations(&auth.0.caller)).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Add a member organisation.
#[utoipa::path(
    request_body = NewOrganisationInput,
    responses(
        (status = 201, description = "Done", body = OrganisationView),
        errors::CreateOrganisation,
    ),
)]
#[post("/organisations")]
async fn create_organisation(svc: Svc, auth: ApiAuth, body: Body<NewOrganisationInput>) -> AppResult<HttpResponse> {
    let org = run(&svc, move |s| s.create_organisation(&auth.0.caller, body.into_inner())).await?;
    Ok(HttpResponse::Created().json(org))
}

/// Change an organisation's kind, status or joined date (audited, with a reason).
#[utoipa::path(
    request_body = OrganisationChange,
    responses(
        (status = 200, description = "Done", body = OrganisationView),
        errors::ChangeOrganisation,
    ),
)]
#[patch("/organisations/{id}")]
async fn change_organisation(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<OrganisationChange>,
) -> AppResult<HttpResponse> {
    let org = run(&svc, move |s| s.change_organisation(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Ok().json(org))
}

/// Import the register from CSV (all rows or none).
///
/// `text/csv` in, `{created, updated, unchanged, errors: [{line, message}]}`
/// out; with any bad row, 422 and nothing applied.
#[utoipa::path(
    request_body(content = String, content_type = "text/csv", description = "The register: a header line, then one organisation per line"),
    responses(
        (status = 200, description = "Done", body = ImportReport),
        (status = 422, description = "Bad rows: nothing was applied", body = ImportRefused),
        errors::ImportRegister,
    ),
)]
#[post("/organisations/import")]
async fn import_register(svc: Svc, auth: ApiAuth, body: web::Bytes) -> AppResult<HttpResponse> {
    let text = String::from_utf8(body.to_vec())
        .map_err(|_| AppError::bad_request(ErrorCode::InvalidEncoding, Msg::FileNotUtf8))?;
    let report = run(&svc, move |s| s.import_register(Some(&auth.0.caller), &text, &|_, _| {})).await?;
    if report.errors.is_empty() {
        Ok(HttpResponse::Ok().json(report))
    } else {
        let message = Msg::InvalidRows { count: report.errors.len().into() }.here();
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
    #[schema(schema_with = invalid_rows)]
    pub error: ErrorCode,
    pub message: String,
    /// Always 0: all rows or none.
    pub created: u64,
    pub errors: Vec<crate::service::organisations::ImportError>,
}

/// The one code of a refused import.
fn invalid_rows() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::Type::String)
        .enum_values(Some([ErrorCode::InvalidRows.as_str()]))
        .build()
}

/// The register as CSV.
#[utoipa::path(
    responses(
        (status = 200, description = "The register", content_type = "text/csv", headers(("Content-Disposition" = String))),
        errors::ExportRegister,
    ),
)]
#[get("/organisations/export")]
async fn export_register(svc: Svc, auth: ApiAuth) -> AppResult<HttpResponse> {
    let csv = run(&svc, move |s| s.export_register(Some(&auth.0.caller))).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(("Content-Disposition", "attachment; filename=\"register.csv\""))
        .body(csv))
}

/// Create an account.
#[utoipa::path(
    request_body = NewAccountInput,
    responses(
        (status = 201, description = "Done", body = AccountView),
        errors::CreateAccount,
    ),
)]
#[post("/accounts")]
async fn create_account(svc: Svc, auth: ApiAuth, body: Body<NewAccountInput>) -> AppResult<HttpResponse> {
    let account = run(&svc, move |s| s.create_account(Some(&auth.0.caller), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(account))
}

/// The accounts.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<AccountView>),
        errors::ListAccounts,
    ),
)]
#[get("/accounts")]
async fn list_accounts(svc: Svc, auth: ApiAuth) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_accounts(&auth.0.caller)).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Rename, disable, enable an account or set its password.
#[utoipa::path(
    request_body = AccountChange,
    responses(
        (status = 200, description = "Done", body = AccountView),
        errors::ChangeAccount,
    ),
)]
#[patch("/accounts/{id}")]
async fn change_account(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<AccountChange>,
) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.change_account(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Ok().json(a))
}

/// Replace a delegate by a new person.
#[utoipa::path(
    request_body = Replacement,
    responses(
        (status = 201, description = "Done", body = AccountView),
        errors::ReplaceDelegate,
    ),
)]
#[post("/accounts/{id}/replace")]
async fn replace_delegate(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<Replacement>,
) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.replace_delegate(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(a))
}

/// The assemblies.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<AssemblyView>),
        errors::ListAssemblies,
    ),
)]
#[get("/assemblies")]
async fn list_assemblies(svc: Svc, auth: ApiAuth) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_assemblies(&auth.0.caller)).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Create an assembly.
#[utoipa::path(
    request_body = NewAssemblyInput,
    responses(
        (status = 201, description = "Done", body = AssemblyView),
        errors::CreateAssembly,
    ),
)]
#[post("/assemblies")]
async fn create_assembly(svc: Svc, auth: ApiAuth, body: Body<NewAssemblyInput>) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.create_assembly(&auth.0.caller, body.into_inner())).await?;
    Ok(HttpResponse::Created().json(a))
}

/// One assembly.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = AssemblyView),
        errors::GetAssembly,
    ),
)]
#[get("/assemblies/{id}")]
async fn get_assembly(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.get_assembly(&auth.0.caller, AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(a))
}

/// Change an assembly's particulars.
#[utoipa::path(
    request_body = AssemblyChange,
    responses(
        (status = 200, description = "Done", body = AssemblyView),
        errors::ChangeAssembly,
    ),
)]
#[patch("/assemblies/{id}")]
async fn change_assembly(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<AssemblyChange>,
) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.change_assembly(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Ok().json(a))
}

/// The agenda.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<AgendaItemView>),
        errors::Agenda,
    ),
)]
#[get("/assemblies/{id}/agenda")]
async fn agenda(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let items = run(&svc, move |s| s.agenda_items(AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(items))
}

/// Add an agenda item.
#[utoipa::path(
    request_body = AgendaItemInput,
    responses(
        (status = 201, description = "Done", body = Vec<AgendaItemView>),
        errors::AddAgendaItem,
    ),
)]
#[post("/assemblies/{id}/agenda")]
async fn add_agenda_item(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<AgendaItemInput>,
) -> AppResult<HttpResponse> {
    let items =
        run(&svc, move |s| s.add_agenda_item(&auth.0.caller, AssemblyId(id.into_inner()), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(items))
}

/// Reorder the agenda.
#[utoipa::path(
    request_body = AgendaOrder,
    responses(
        (status = 200, description = "Done", body = Vec<AgendaItemView>),
        errors::ReorderAgenda,
    ),
)]
#[post("/assemblies/{id}/agenda/order")]
async fn reorder_agenda(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<AgendaOrder>,
) -> AppResult<HttpResponse> {
    let items =
        run(&svc, move |s| s.reorder_agenda(&auth.0.caller, AssemblyId(id.into_inner()), body.into_inner())).await?;
    Ok(HttpResponse::Ok().json(items))
}

/// Take up an agenda item (null: none).
#[utoipa::path(
    request_body = TakeUp,
    responses(
        (status = 200, description = "Done", body = AssemblyView),
        errors::TakeUpItem,
    ),
)]
#[post("/assemblies/{id}/agenda/current")]
async fn take_up_item(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<TakeUp>) -> AppResult<HttpResponse> {
    let item = body.into_inner().item_id;
    let a = run(&svc, move |s| s.take_up_item(&auth.0.caller, AssemblyId(id.into_inner()), item)).await?;
    Ok(HttpResponse::Ok().json(a))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct TransitionBody {
    to: AssemblyState,
}

/// Move the assembly to another state.
#[utoipa::path(
    request_body = TransitionBody,
    responses(
        (status = 200, description = "Done", body = AssemblyView),
        errors::Transition,
    ),
)]
#[post("/assemblies/{id}/transition")]
async fn transition(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<TransitionBody>,
) -> AppResult<HttpResponse> {
    let a = run(&svc, move |s| s.transition_assembly(&auth.0.caller, AssemblyId(id.into_inner()), body.to)).await?;
    Ok(HttpResponse::Ok().json(a))
}

/// Who is present, remote, represented; affiliates apart.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<AttendanceLine>),
        errors::AttendanceList,
    ),
)]
#[get("/assemblies/{id}/attendance")]
async fn attendance_list(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.attendance_list(AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Check an organisation in.
#[utoipa::path(
    request_body = CheckInInput,
    responses(
        (status = 201, description = "Done", body = StayView),
        errors::CheckIn,
    ),
)]
#[post("/assemblies/{id}/attendance")]
async fn check_in(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<CheckInInput>) -> AppResult<HttpResponse> {
    let stay = run(&svc, move |s| s.check_in(&auth.0.caller, AssemblyId(id.into_inner()), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(stay))
}

/// Every arrival and departure.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<StayView>),
        errors::Stays,
    ),
)]
#[get("/assemblies/{id}/attendance/stays")]
async fn stays(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.stays(AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(list))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CodeBody {
    code: String,
}

/// Check in by the delegate's code.
#[utoipa::path(
    request_body = CodeBody,
    responses(
        (status = 201, description = "Done", body = StayView),
        errors::CheckInByCode,
    ),
)]
#[post("/assemblies/{id}/attendance/code")]
async fn check_in_by_code(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<CodeBody>,
) -> AppResult<HttpResponse> {
    let stay = run(&svc, move |s| s.check_in_by_code(&auth.0.caller, AssemblyId(id.into_inner()), &body.code)).await?;
    Ok(HttpResponse::Created().json(stay))
}

/// An organisation leaves.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = StayView),
        errors::CheckOut,
    ),
)]
#[delete("/assemblies/{id}/attendance/{organisation_id}")]
async fn check_out(svc: Svc, auth: ApiAuth, path: web::Path<(i64, i64)>) -> AppResult<HttpResponse> {
    let (id, org) = path.into_inner();
    let stay = run(&svc, move |s| s.check_out(&auth.0.caller, AssemblyId(id), org)).await?;
    Ok(HttpResponse::Ok().json(stay))
}

/// The quorum now.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = QuorumView),
        errors::Quorum,
    ),
)]
#[get("/assemblies/{id}/quorum")]
async fn quorum(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let q = run(&svc, move |s| s.quorum(&auth.0.caller, AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(q))
}

/// The elections.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<ElectionView>),
        errors::ListElections,
    ),
)]
#[get("/assemblies/{id}/elections")]
async fn list_elections(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_elections(AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Create an election.
#[utoipa::path(
    request_body = NewElectionInput,
    responses(
        (status = 201, description = "Done", body = ElectionView),
        errors::CreateElection,
    ),
)]
#[post("/assemblies/{id}/elections")]
async fn create_election(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<NewElectionInput>,
) -> AppResult<HttpResponse> {
    let e =
        run(&svc, move |s| s.create_election(&auth.0.caller, AssemblyId(id.into_inner()), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(e))
}

/// One election with its rounds.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = ElectionView),
        errors::GetElection,
    ),
)]
#[get("/elections/{id}")]
async fn get_election(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let e = run(&svc, move |s| s.get_election(ElectionId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(e))
}

/// Open a round.
#[utoipa::path(
    responses(
        (status = 201, description = "Done", body = ElectionView),
        errors::OpenRound,
    ),
)]
#[post("/elections/{id}/rounds")]
async fn open_round(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let e = run(&svc, move |s| s.open_round(&auth.0.caller, ElectionId(id.into_inner()))).await?;
    Ok(HttpResponse::Created().json(e))
}

/// Cast an election ballot.
#[utoipa::path(
    request_body = ElectionBallotInput,
    responses(
        (status = 201, description = "Done", body = RoundReceipt),
        errors::CastElectionBallot,
    ),
)]
#[post("/rounds/{id}/ballots")]
async fn cast_election_ballot(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<ElectionBallotInput>,
) -> AppResult<HttpResponse> {
    let round = RoundId(id.into_inner());
    let r = svc.submit_election_ballot(&auth.0.caller, round, body.into_inner())?.answer().await?;
    Ok(HttpResponse::Created().json(r))
}

/// Close and seal a round.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = ElectionView),
        errors::CloseRound,
    ),
)]
#[post("/rounds/{id}/close")]
async fn close_round(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let e = run(&svc, move |s| s.close_round(&auth.0.caller, RoundId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(e))
}

/// The speakers' list.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<SpeakerView>),
        errors::Speakers,
    ),
)]
#[get("/assemblies/{id}/speakers")]
async fn speakers(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.speakers(AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Ask to speak.
#[utoipa::path(
    request_body = Option<SpeakInput>,
    responses(
        (status = 201, description = "Done", body = Vec<SpeakerView>),
        errors::AskToSpeak,
    ),
)]
#[post("/assemblies/{id}/speakers")]
async fn ask_to_speak(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: OptionalBody<SpeakInput>,
) -> AppResult<HttpResponse> {
    let input = body.into_inner().unwrap_or_default();
    let list = run(&svc, move |s| s.ask_to_speak(&auth.0.caller, AssemblyId(id.into_inner()), input)).await?;
    Ok(HttpResponse::Created().json(list))
}

/// Give the floor.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<SpeakerView>),
        errors::GiveFloor,
    ),
)]
#[post("/speakers/{id}/floor")]
async fn give_floor(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.give_floor(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// End the floor.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<SpeakerView>),
        errors::EndFloor,
    ),
)]
#[post("/speakers/{id}/done")]
async fn end_floor(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.end_floor(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Withdraw a request to speak.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<SpeakerView>),
        errors::WithdrawRequest,
    ),
)]
#[delete("/speakers/{id}")]
async fn withdraw_request(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.withdraw_request(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// The proxies.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<ProxyView>),
        errors::ListProxies,
    ),
)]
#[get("/assemblies/{id}/proxies")]
async fn list_proxies(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_proxies(AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Give a proxy.
#[utoipa::path(
    request_body = ProxyInput,
    responses(
        (status = 201, description = "Done", body = ProxyView),
        errors::GrantProxy,
    ),
)]
#[post("/assemblies/{id}/proxies")]
async fn grant_proxy(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<ProxyInput>) -> AppResult<HttpResponse> {
    let p = run(&svc, move |s| s.grant_proxy(&auth.0.caller, AssemblyId(id.into_inner()), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(p))
}

/// Revoke a proxy.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = ProxyView),
        errors::RevokeProxy,
    ),
)]
#[delete("/proxies/{id}")]
async fn revoke_proxy(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let p = run(&svc, move |s| s.revoke_proxy(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(p))
}

/// The motions.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Vec<MotionView>),
        errors::ListMotions,
    ),
)]
#[get("/assemblies/{id}/motions")]
async fn list_motions(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let list = run(&svc, move |s| s.list_motions(AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Submit a motion.
#[utoipa::path(
    request_body = NewMotionInput,
    responses(
        (status = 201, description = "Done", body = MotionView),
        errors::CreateMotion,
    ),
)]
#[post("/assemblies/{id}/motions")]
async fn create_motion(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<NewMotionInput>,
) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.create_motion(&auth.0.caller, AssemblyId(id.into_inner()), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(m))
}

/// Open a poll on a motion.
#[utoipa::path(
    request_body = Option<OpenPollInput>,
    responses(
        (status = 201, description = "Done", body = PollView),
        errors::OpenPoll,
    ),
)]
#[post("/motions/{id}/polls")]
async fn open_poll(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: OptionalBody<OpenPollInput>,
) -> AppResult<HttpResponse> {
    let input = body.into_inner().unwrap_or(OpenPollInput { ballot: crate::domain::poll::BallotType::RollCall });
    let p = run(&svc, move |s| s.open_poll(&auth.0.caller, MotionId(id.into_inner()), input)).await?;
    Ok(HttpResponse::Created().json(p))
}

/// One motion.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = MotionView),
        errors::GetMotion,
    ),
)]
#[get("/motions/{id}")]
async fn get_motion(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.get_motion(MotionId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(m))
}

/// Second a motion.
#[utoipa::path(
    responses(
        (status = 201, description = "Done", body = MotionView),
        errors::SecondMotion,
    ),
)]
#[post("/motions/{id}/seconders")]
async fn second_motion(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.second_motion(&auth.0.caller, MotionId(id.into_inner()))).await?;
    Ok(HttpResponse::Created().json(m))
}

/// Admit a motion or not, with a reason.
#[utoipa::path(
    request_body = AdmissionInput,
    responses(
        (status = 200, description = "Done", body = MotionView),
        errors::Admission,
    ),
)]
#[post("/motions/{id}/admission")]
async fn admission(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<AdmissionInput>) -> AppResult<HttpResponse> {
    let m =
        run(&svc, move |s| s.decide_admission(&auth.0.caller, MotionId(id.into_inner()), body.into_inner())).await?;
    Ok(HttpResponse::Ok().json(m))
}

/// Withdraw a motion.
#[utoipa::path(
    request_body = Option<WithdrawalInput>,
    responses(
        (status = 200, description = "Done", body = MotionView),
        errors::WithdrawMotion,
    ),
)]
#[post("/motions/{id}/withdraw")]
async fn withdraw_motion(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: OptionalBody<WithdrawalInput>,
) -> AppResult<HttpResponse> {
    let input = body.into_inner().unwrap_or_default();
    let m = run(&svc, move |s| s.withdraw_motion(&auth.0.caller, MotionId(id.into_inner()), input)).await?;
    Ok(HttpResponse::Ok().json(m))
}

/// An affiliate's advisory opinion.
#[utoipa::path(
    request_body = OpinionInput,
    responses(
        (status = 201, description = "Done", body = MotionView),
        errors::AddOpinion,
    ),
)]
#[post("/motions/{id}/opinions")]
async fn add_opinion(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<OpinionInput>) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.add_opinion(&auth.0.caller, MotionId(id.into_inner()), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(m))
}

/// A translation of a motion.
///
/// Adds or replaces the motion's translation into a language (secretariat),
/// marked as such, until the motion is put to the vote. The motion's own
/// text stays the authoritative one.
#[utoipa::path(
    request_body = crate::input::TranslationInput,
    responses(
        (status = 200, description = "Done", body = MotionView),
        errors::TranslateMotion,
    ),
)]
#[post("/motions/{id}/translations")]
async fn translate_motion(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<crate::input::TranslationInput>,
) -> AppResult<HttpResponse> {
    let m =
        run(&svc, move |s| s.translate_motion(&auth.0.caller, MotionId(id.into_inner()), body.into_inner())).await?;
    Ok(HttpResponse::Ok().json(m))
}

/// The room's count in a tellers vote.
#[utoipa::path(
    request_body = TellersInput,
    responses(
        (status = 201, description = "Done", body = PollView),
        errors::RecordTellers,
    ),
)]
#[post("/polls/{id}/tellers")]
async fn record_tellers(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<TellersInput>,
) -> AppResult<HttpResponse> {
    let p = run(&svc, move |s| s.record_tellers(&auth.0.caller, id.into_inner(), body.into_inner())).await?;
    Ok(HttpResponse::Created().json(p))
}

/// A closed poll's sealed document and signature.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = SealView),
        errors::PollSeal,
    ),
)]
#[get("/polls/{id}/seal")]
async fn poll_seal(svc: Svc, _auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let seal = run(&svc, move |s| s.poll_seal(id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(seal))
}

/// The evidence bundle for `plenum verify`.
///
/// An assembly's evidence bundle, as a download for `plenum verify`.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Bundle),
        errors::Bundle,
    ),
)]
#[get("/assemblies/{id}/bundle")]
async fn bundle(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let d = run(&svc, move |s| s.bundle_download(&auth.0.caller, AssemblyId(id.into_inner()))).await?;
    Ok(download(d))
}

/// The minutes (draft or approved).
///
/// The minutes: approved and frozen, or the draft from the record now.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Minutes),
        errors::GetMinutes,
    ),
)]
#[get("/assemblies/{id}/minutes")]
async fn get_minutes(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.minutes(&auth.0.caller, AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(m))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NarrativeBody {
    narrative: String,
}

/// The secretariat's narrative for the draft.
#[utoipa::path(
    request_body = NarrativeBody,
    responses(
        (status = 200, description = "Done", body = Minutes),
        errors::SetNarrative,
    ),
)]
#[put("/assemblies/{id}/minutes")]
async fn set_narrative(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<NarrativeBody>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let m = run(&svc, move |s| {
        s.set_narrative(&auth.0.caller, AssemblyId(id), &body.narrative)?;
        s.minutes(&auth.0.caller, AssemblyId(id))
    })
    .await?;
    Ok(HttpResponse::Ok().json(m))
}

/// Invite an account's holder to choose a password.
///
/// E-mails the account a one-time link to choose its password (a new
/// account made without one, or a holder who lost theirs): it works once,
/// until it expires (`invitation_valid_days`), and revokes the account's
/// earlier links. No password travels by e-mail (secretariat).
#[utoipa::path(
    responses(
        (status = 201, description = "Queued", body = crate::service::invitations::InvitationView),
        errors::Invite,
    ),
)]
#[post("/accounts/{id}/invitation")]
async fn invite(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let v = run(&svc, move |s| s.invite(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Created().json(v))
}

/// Send the convocation.
///
/// Puts the convocation notice in the outbox for every active delegate
/// account of every member organisation (secretariat; the assembly must be
/// convened and not yet in session), in each account's language, with the
/// calendar entry. The notice counts as sent today unless a date was
/// recorded before. Organisations with no account to write to are named.
#[utoipa::path(
    responses(
        (status = 201, description = "Queued", body = crate::service::notices::ConvocationQueued),
        errors::SendConvocation,
    ),
)]
#[post("/assemblies/{id}/convocation")]
async fn send_convocation(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let q = run(&svc, move |s| s.send_convocation(&auth.0.caller, AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Created().json(q))
}

/// The assembly's outbox.
///
/// Each message sent for the assembly and where it stands (queued, sent,
/// failed, with the mail server's answer), the messages not sent first
/// (secretariat).
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = crate::service::notices::OutboxPage),
        errors::Outbox,
    ),
)]
#[get("/assemblies/{id}/outbox")]
async fn outbox(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let page = run(&svc, move |s| s.outbox(&auth.0.caller, AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Send a message again.
///
/// A message that failed, or one sent that its recipient lost, goes again
/// as composed, with its Message-ID (secretariat).
#[utoipa::path(
    responses(
        (status = 204, description = "Queued again"),
        errors::ResendNotice,
    ),
)]
#[post("/outbox/{id}/resend")]
async fn resend_notice(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    run(&svc, move |s| s.resend_notice(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Approve, freeze and seal the minutes.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Minutes),
        errors::ApproveMinutes,
    ),
)]
#[post("/assemblies/{id}/minutes/approve")]
async fn approve_minutes(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let m = run(&svc, move |s| s.approve_minutes(&auth.0.caller, AssemblyId(id.into_inner()))).await?;
    Ok(HttpResponse::Ok().json(m))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct IncidentBody {
    body: String,
}

/// Record an incident for the minutes.
#[utoipa::path(
    request_body = IncidentBody,
    responses(
        (status = 201, description = "Done", body = Recorded),
        errors::RecordIncident,
    ),
)]
#[post("/assemblies/{id}/incidents")]
async fn record_incident(
    svc: Svc,
    auth: ApiAuth,
    id: web::Path<i64>,
    body: Body<IncidentBody>,
) -> AppResult<HttpResponse> {
    run(&svc, move |s| s.record_incident(&auth.0.caller, AssemblyId(id.into_inner()), &body.body)).await?;
    Ok(HttpResponse::Created().json(Recorded { recorded: true }))
}

/// An incident, recorded.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Recorded {
    pub recorded: bool,
}

/// The minutes or a record table as a file.
///
/// The minutes as `minutes.pdf|html|md`; the record as
/// `attendance.csv|proxies.csv|roll-call.csv`.
#[utoipa::path(
    params(crate::input::MinutesLanguage),
    responses(
        (status = 200, description = "The file", content(("application/pdf"), ("text/html"), ("text/markdown"), ("text/csv")), headers(("Plenum-Public-Key" = String), ("Content-Disposition" = String))),
        errors::ExportFile,
    ),
)]
#[get("/assemblies/{id}/exports/{file}")]
async fn export_file(
    svc: Svc,
    auth: ApiAuth,
    path: web::Path<(i64, String)>,
    q: web::Query<crate::input::MinutesLanguage>,
) -> AppResult<HttpResponse> {
    let (id, file) = path.into_inner();
    let format = Format::parse(&file).ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingExport))?;
    let lang = q.into_inner().lang;
    let d = run(&svc, move |s| super::downloads::minutes_file(s, &auth.0.caller, id, format, lang.as_deref())).await?;
    Ok(download(d))
}

/// A file as an attachment.
pub(crate) fn download(d: crate::service::minutes::Download) -> HttpResponse {
    let mut res = HttpResponse::Ok();
    if let Some(lang) = d.language {
        // The file's language, which the request's may not be.
        res.insert_header((actix_web::http::header::CONTENT_LANGUAGE, lang.tag()));
    }
    res.content_type(d.content_type)
        .insert_header(("Plenum-Public-Key", d.public_key))
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", d.filename),
        ))
        .body(d.body)
}

/// The instance's public key.
///
/// The instance's public key, which checks every seal.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = Instance),
        errors::Instance,
    ),
    security(()),
)]
#[get("/instance")]
async fn instance(svc: Svc) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(Instance {
        public_key: svc.sealer.public_key_hex(),
        version: env!("CARGO_PKG_VERSION"),
        motion_kinds: svc.settings.motion_kinds.keys().cloned().collect(),
    }))
}

/// The instance: its public key (hex), which checks every seal, and
/// plenum's version.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Instance {
    pub public_key: String,
    pub version: &'static str,
    /// The motion kinds a motion may name (`NewMotionInput.kind`), set by
    /// the instance's settings.
    pub motion_kinds: Vec<String>,
}

/// One poll (per-choice counts only after the close).
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = PollView),
        errors::GetPoll,
    ),
)]
#[get("/polls/{id}")]
async fn get_poll(svc: Svc, auth: ApiAuth, id: web::Path<i64>) -> AppResult<HttpResponse> {
    let p = run(&svc, move |s| s.get_poll(&auth.0.caller, id.into_inner())).await?;
    Ok(HttpResponse::Ok().json(p))
}

/// Cast a ballot.
#[utoipa::path(
    request_body = BallotInput,
    responses(
        (status = 201, description = "Done", body = BallotReceipt),
        errors::CastBallot,
    ),
)]
#[post("/polls/{id}/ballots")]
async fn cast_ballot(svc: Svc, auth: ApiAuth, id: web::Path<i64>, body: Body<BallotInput>) -> AppResult<HttpResponse> {
    // Queued without a database call; the answer is awaited, not waited
    // for on a thread: a room voting at once parks no thread per ballot.
    let r = svc.submit_ballot(&auth.0.caller, PollId(id.into_inner()), body.into_inner())?.answer().await?;
    Ok(HttpResponse::Created().json(r))
}

/// Close and seal a poll.
#[utoipa::path(
    request_body = Option<CloseInput>,
    responses(
        (status = 200, description = "Done", body = PollView),
        errors::ClosePoll,
    ),
)]
#[post("/polls/{id}/close")]
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

/// Check a receipt against the sealed ballots.
#[utoipa::path(
    responses(
        (status = 200, description = "Done", body = ReceiptCheck),
        errors::CheckReceipt,
    ),
    security(()),
)]
#[get("/receipts/{code}")]
async fn check_receipt(svc: Svc, code: web::Path<String>) -> AppResult<HttpResponse> {
    let r = run(&svc, move |s| s.check_receipt(&code.into_inner())).await?;
    Ok(HttpResponse::Ok().json(r))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReceiptBody {
    code: String,
}

/// Check a receipt, its code in the body (kept out of URLs and logs).
///
/// `POST /receipts`: the check of `GET /receipts/{code}` with the code in
/// the body, where no URL (and so no proxy's log) holds it.
#[utoipa::path(
    request_body = ReceiptBody,
    responses(
        (status = 200, description = "Done", body = ReceiptCheck),
        errors::CheckPostedReceipt,
    ),
    security(()),
)]
#[post("/receipts")]
async fn check_posted_receipt(svc: Svc, body: Body<ReceiptBody>) -> AppResult<HttpResponse> {
    let code = body.into_inner().code;
    let r = run(&svc, move |s| s.check_receipt(&code)).await?;
    Ok(HttpResponse::Ok().json(r))
}

/// The ledger, filtered.
///
/// The ledger, filtered: `?after=&limit=&kind=ballot.&subject=poll:3&from=&until=`.
#[utoipa::path(
    params(LedgerFilter),
    responses(
        (status = 200, description = "Done", body = Events),
        errors::AuditEvents,
    ),
)]
#[get("/audit/events")]
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
