//! Server-rendered pages. Every form carries the session's CSRF token; every
//! page works without JavaScript.

use super::auth::{
    client_address, cookie, cookie_value, form_token_is_valid, issue_form_token, removal, same_secret, LoginFormKey,
    PageAuth, LOGIN_CSRF_COOKIE, SESSION_COOKIE,
};
use super::done::{Done, DoneQuery};
use super::kept_receipts::{self, Kept, KeptReceipts, Subject};
use super::{run, run_login};
use crate::domain::assembly::{AssemblyState, AttendanceMode};
use crate::domain::ids::{AssemblyId, ElectionId, MotionId, PollId, RoundId};
use crate::domain::poll::{BallotType, Choice};
use crate::domain::role::Role;
use crate::error::ErrorCode;
use crate::error::{AppError, ErrorKind};
use crate::export::minutes::download::Format;
use crate::i18n::Msg;
use crate::service::accounts::AccountChange;
use crate::service::attendance::CheckInInput;
use crate::service::auth::Authenticated;
use crate::service::ledger::LedgerFilter;
use crate::service::organisations::{ImportReport, NewOrganisationInput, OrganisationChange};
use crate::service::polls::{BallotInput, CloseInput, OpenPollInput};
use crate::service::Services;
use crate::views::{audit as audit_views, pages, Chrome};
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse, ResponseError};
use maud::Markup;
use serde::Deserialize;
use std::fmt;

type Svc = web::Data<Services>;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home))
        .route("/login", web::get().to(login_form))
        .route("/login", web::post().to(login))
        .route("/logout", web::post().to(logout))
        .route("/language", web::post().to(choose_language))
        .route("/delegate", web::get().to(delegate))
        .route("/delegate/check-in", web::post().to(delegate_check_in))
        .route("/delegate/proxy", web::post().to(delegate_proxy))
        .route("/delegate/speak", web::post().to(delegate_speak))
        .route("/delegate/speakers/{id}/withdraw", web::post().to(delegate_withdraw_speaker))
        .route("/chair/speakers/{id}/floor", web::post().to(chair_floor))
        .route("/chair/speakers/{id}/done", web::post().to(chair_floor_done))
        .route("/delegate/proxies/{id}/revoke", web::post().to(delegate_revoke))
        .route("/delegate/polls/{id}/confirm", web::post().to(delegate_confirm_vote))
        .route("/delegate/polls/{id}/vote", web::post().to(delegate_vote))
        .route("/chair", web::get().to(chair))
        .route("/chair/assemblies/{id}/transition", web::post().to(chair_transition))
        .route("/chair/assemblies/{id}/agenda/current", web::post().to(chair_take_up))
        .route("/chair/motions/{id}/open", web::post().to(chair_open))
        .route("/chair/motions/{id}/translations", web::post().to(chair_translate))
        .route("/chair/polls/{id}/close", web::post().to(chair_close))
        .route("/chair/elections/{id}/rounds", web::post().to(chair_open_round))
        .route("/chair/rounds/{id}/close", web::post().to(chair_close_round))
        .route("/delegate/rounds/{id}/confirm", web::post().to(delegate_confirm_round_vote))
        .route("/delegate/rounds/{id}/vote", web::post().to(delegate_round_vote))
        .route("/desk", web::get().to(desk))
        .route("/desk/{assembly}/code", web::post().to(desk_code))
        .route("/desk/polls/{id}/tellers", web::post().to(desk_tellers))
        .route("/desk/{assembly}/{org}/arrive", web::post().to(desk_arrive))
        .route("/desk/{assembly}/{org}/leave", web::post().to(desk_leave))
        .route("/polls/{id}", web::get().to(poll))
        .route("/hall", web::get().to(hall))
        .route("/display/{token}", web::get().to(display))
        .route("/chair/assemblies/{id}/displays", web::post().to(chair_make_display))
        .route("/chair/displays/{id}/revoke", web::post().to(chair_revoke_display))
        .route("/admin", web::get().to(admin))
        .route("/admin/register.csv", web::get().to(admin_export))
        .route("/admin/organisations", web::post().to(admin_add))
        .route("/admin/organisations/{id}", web::post().to(admin_change))
        .route("/admin/import", web::post().to(admin_import))
        .route("/admin/accounts/{id}", web::post().to(admin_account))
        .route("/admin/accounts", web::post().to(admin_new_account))
        .route("/admin/accounts/{id}/replace", web::post().to(admin_replace_account))
        .route("/admin/accounts/{id}/password", web::post().to(admin_set_password))
        .route("/audit", web::get().to(audit))
        .route("/audit/assemblies/{id}", web::get().to(audit_assembly))
        .route("/audit/assemblies/{id}/bundle.json", web::get().to(audit_bundle))
        .route("/receipts", web::get().to(receipts))
        .route("/receipts", web::post().to(posted_receipt))
        .route("/chair/assemblies/{id}/minutes", web::get().to(chair_minutes))
        .route("/chair/assemblies/{id}/minutes", web::post().to(chair_narrative))
        .route("/chair/assemblies/{id}/incidents", web::post().to(chair_incident))
        .route("/chair/assemblies/{id}/minutes/approve", web::post().to(chair_approve))
        .route("/chair/assemblies/{id}/notices", web::get().to(chair_notices))
        .route("/chair/assemblies/{id}/convocation", web::post().to(chair_send_convocation))
        .route("/chair/notices/{id}/resend", web::post().to(chair_resend_notice))
        .route("/welcome/{token}", web::get().to(welcome))
        .route("/welcome/{token}", web::post().to(welcome_password))
        .route("/admin/accounts/{id}/invite", web::post().to(admin_invite))
        .route("/exports/assemblies/{id}/{file}", web::get().to(export_file));
}

/// An error shown as a page, with the sentence from the catalogue.
#[derive(Debug)]
pub struct PageError(AppError, Option<Box<Authenticated>>);

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl From<AppError> for PageError {
    fn from(e: AppError) -> Self {
        PageError(e, None)
    }
}

/// A refusal shown in the visitor's own frame (name, navigation, log out).
trait AsVisitor<T> {
    fn shown_to(self, auth: &PageAuth) -> Result<T, PageError>;
}

impl<T> AsVisitor<T> for Result<T, AppError> {
    fn shown_to(self, auth: &PageAuth) -> Result<T, PageError> {
        self.map_err(|e| PageError(e, Some(Box::new(auth.0.clone()))))
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> actix_web::http::StatusCode {
        self.0.status_code()
    }

    fn error_response(&self) -> HttpResponse {
        if self.0.kind == ErrorKind::Internal {
            tracing::error!(error = %self.0, "page failed");
        }
        let chrome = match &self.1 {
            Some(who) => Chrome { caller: Some(&who.caller), csrf: Some(&who.csrf), done: None, switcher: true },
            None => Chrome::visitor(),
        };
        HttpResponse::build(self.status_code())
            .content_type("text/html; charset=utf-8")
            .body(pages::error(&chrome, &self.0.message()).into_string())
    }
}

type PageResult = Result<HttpResponse, PageError>;

/// A form's action (its CSRF token already checked by [`Posted`]): runs
/// one service call as the visitor, and sends the browser on to `to`
/// (post, redirect, get).
async fn act<T, F>(svc: &Svc, auth: &PageAuth, to: &str, f: F) -> PageResult
where
    T: Send + 'static,
    F: FnOnce(&Services, &crate::service::Caller) -> crate::error::AppResult<T> + Send + 'static,
{
    let caller = auth.0.caller.clone();
    run(svc, move |s| f(s, &caller)).await.shown_to(auth)?;
    Ok(see_other(to))
}

/// As [`act`], sending the browser where the service call's result says.
async fn act_then<T, F, G>(svc: &Svc, auth: &PageAuth, f: F, to: G) -> PageResult
where
    T: Send + 'static,
    F: FnOnce(&Services, &crate::service::Caller) -> crate::error::AppResult<T> + Send + 'static,
    G: FnOnce(&T) -> String,
{
    let caller = auth.0.caller.clone();
    let done = run(svc, move |s| f(s, &caller)).await.shown_to(auth)?;
    Ok(see_other(&to(&done)))
}

fn html(markup: Markup) -> HttpResponse {
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(markup.into_string())
}

fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, to.to_string())).finish()
}

fn chrome(auth: &Authenticated) -> Chrome<'_> {
    Chrome { caller: Some(&auth.caller), csrf: Some(&auth.csrf), done: None, switcher: true }
}

/// The page's frame, saying what the action that led here did.
fn chrome_done(auth: &Authenticated, done: Option<Msg>) -> Chrome<'_> {
    Chrome { done: done.map(|m| m.here()), ..chrome(auth) }
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

/// A form posted from a logged-in page: the visitor's session and the
/// form, whose CSRF token was checked against the session's before the
/// handler runs. Every page action takes its form this way, never as
/// `PageAuth` and `web::Form` apart, so no handler can forget the check.
struct Posted<T> {
    auth: PageAuth,
    form: T,
}

/// A form that carries the session's CSRF token.
trait CarriesCsrf {
    fn csrf(&self) -> &str;
}

/// The forms read by name: the token is the field `csrf`.
impl CarriesCsrf for Vec<(String, String)> {
    fn csrf(&self) -> &str {
        field(self, "csrf")
    }
}

macro_rules! carries_csrf {
    ($($form:ty),* $(,)?) => {
        $(impl CarriesCsrf for $form {
            fn csrf(&self) -> &str {
                &self.csrf
            }
        })*
    };
}

carries_csrf!(
    CsrfForm,
    ProxyForm,
    VoteForm,
    ConfirmForm,
    TransitionForm,
    TakeUpForm,
    OpenForm,
    CodeForm,
    NarrativeForm,
    IncidentForm,
    AddForm,
    ChangeForm,
    ImportForm,
    NewAccountForm,
    ReplaceForm,
    PasswordForm,
    AccountForm,
    TranslationForm,
);

impl<T: serde::de::DeserializeOwned + CarriesCsrf + 'static> FromRequest for Posted<T> {
    type Error = actix_web::Error;
    type Future = futures_util::future::LocalBoxFuture<'static, Result<Self, actix_web::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let auth = PageAuth::from_request(req, payload);
        let form = web::Form::<T>::from_request(req, payload);
        Box::pin(async move {
            let auth = auth.await?;
            let form = form.await?.into_inner();
            if !same_secret(form.csrf(), &auth.0.csrf) {
                return Err(PageError::from(AppError::forbidden(ErrorCode::CsrfMismatch, Msg::CsrfMismatch)).into());
            }
            Ok(Posted { auth, form })
        })
    }
}

async fn home(auth: PageAuth) -> HttpResponse {
    let to = match auth.0.caller.role {
        Role::Secretariat => "/chair",
        Role::Teller => "/desk",
        Role::Auditor => "/audit",
        Role::Delegate => "/delegate",
    };
    see_other(to)
}

/// The login form, with a token the server signed (kept if the browser
/// already holds a good one, so that two tabs both work).
async fn login_form(svc: Svc, key: web::Data<LoginFormKey>, req: HttpRequest) -> PageResult {
    let key = key.get(&svc).await?;
    let now = svc.clock.now();
    let csrf = cookie_value(&req, LOGIN_CSRF_COOKIE, svc.settings.cookie_secure)
        .filter(|t| form_token_is_valid(&key, t, now))
        .unwrap_or_else(|| issue_form_token(&key, now));
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .cookie(cookie(LOGIN_CSRF_COOKIE, csrf.clone(), svc.settings.cookie_secure))
        .body(pages::login(&csrf, None, "").into_string()))
}

#[derive(Deserialize)]
struct LoginForm {
    csrf: String,
    email: String,
    password: String,
}

async fn login(svc: Svc, key: web::Data<LoginFormKey>, req: HttpRequest, form: web::Form<LoginForm>) -> PageResult {
    let expected = cookie_value(&req, LOGIN_CSRF_COOKIE, svc.settings.cookie_secure).unwrap_or_default();
    let key = key.get(&svc).await?;
    if !same_secret(&form.csrf, &expected) || !form_token_is_valid(&key, &expected, svc.clock.now()) {
        return Err(AppError::forbidden(ErrorCode::CsrfMismatch, Msg::CsrfMismatch).into());
    }
    let address = client_address(&req);
    let previous = cookie_value(&req, SESSION_COOKIE, svc.settings.cookie_secure);
    let form = form.into_inner();
    let email = form.email.clone();
    let secure = svc.settings.cookie_secure;
    let result = run_login(&svc, move |s| s.login(&form.email, &form.password, &address, previous.as_deref())).await;
    match result {
        Ok(logged) => Ok(HttpResponse::SeeOther()
            .insert_header((header::LOCATION, "/"))
            .cookie(cookie(SESSION_COOKIE, logged.token.0, secure))
            .cookie(removal(LOGIN_CSRF_COOKIE, secure))
            .finish()),
        Err(e) if matches!(e.kind, ErrorKind::Unauthorized | ErrorKind::TooManyRequests) => {
            let mut res = HttpResponse::build(e.status_code())
                .content_type("text/html; charset=utf-8")
                .body(pages::login(&expected, Some(&e.message()), &email).into_string());
            if e.kind == ErrorKind::TooManyRequests {
                super::auth::retry_after(&mut res, svc.settings.login_window_seconds);
            }
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}

async fn logout(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>) -> PageResult {
    let secure = svc.settings.cookie_secure;
    run(&svc, move |s| s.logout(&auth.0)).await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/login"))
        .cookie(removal(SESSION_COOKIE, secure))
        .cookie(removal(kept_receipts::COOKIE, secure))
        .finish())
}

#[derive(Deserialize)]
struct LanguageForm {
    lang: String,
    back: Option<String>,
    /// The session's token, when the switcher was on a logged-in page.
    csrf: Option<String>,
}

/// The language switcher: keeps the choice in a cookie and, for a
/// logged-in visitor, in their account (with the session's CSRF token),
/// then goes back to the page it was on.
async fn choose_language(svc: Svc, req: HttpRequest, form: web::Form<LanguageForm>) -> PageResult {
    let form = form.into_inner();
    let offered = super::language::offered(&svc.settings);
    let Some(lang) = crate::i18n::Lang::from_tag(&form.lang).filter(|l| offered.contains(l)) else {
        return Err(AppError::unknown_language(&form.lang, &offered).into());
    };
    let secure = svc.settings.cookie_secure;
    if let Some(token) = cookie_value(&req, SESSION_COOKIE, secure) {
        if let Ok(auth) = run(&svc, move |s| s.authenticate(&token)).await {
            if !same_secret(form.csrf.as_deref().unwrap_or_default(), &auth.csrf) {
                return Err(AppError::forbidden(ErrorCode::CsrfMismatch, Msg::CsrfMismatch).into());
            }
            let caller = auth.caller;
            run(&svc, move |s| s.set_own_language(&caller, Some(lang))).await?;
        }
    }
    let back = form.back.as_deref().and_then(super::language::local_path).unwrap_or("/");
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, back.to_string()))
        .cookie(super::language::cookie(lang, secure))
        .finish())
}

#[derive(Deserialize)]
struct DelegateQuery {
    /// `p{poll}` or `r{round}`: the vote just cast, for the notice.
    voted: Option<String>,
    done: Option<String>,
}

async fn delegate(svc: Svc, auth: PageAuth, req: HttpRequest, q: web::Query<DelegateQuery>) -> PageResult {
    let caller = auth.0.caller.clone();
    let home = run(&svc, move |s| s.delegate_home(&caller)).await.shown_to(&auth)?;
    let kept = kept_receipts(&req, &svc, &auth);
    let DelegateQuery { voted, done: q_done } = q.into_inner();
    let voted = voted.and_then(|v| {
        let id = v.get(1..)?.parse::<i64>().ok()?;
        match v.get(..1)? {
            "p" => Some(Subject::Poll(id)),
            "r" => Some(Subject::Round(id)),
            _ => None,
        }
    });
    let done = q_done.as_deref().and_then(Done::parse).map(|d| d.msg(None, None));
    Ok(html(pages::delegate(&chrome_done(&auth.0, done), &auth.0.csrf, &home, &kept, voted)))
}

/// The receipts this browser keeps for the delegate's organisation.
fn kept_receipts(req: &HttpRequest, svc: &Svc, auth: &PageAuth) -> KeptReceipts {
    let owner = auth.0.caller.organisation_id.unwrap_or_default();
    KeptReceipts::read(cookie_value(req, kept_receipts::COOKIE, svc.settings.cookie_secure).as_deref(), owner)
}

/// After a ballot is cast: the browser keeps its receipt, and is sent to
/// the delegate's page (post, redirect, get), where the receipt shows; a
/// reload or the Back button casts nothing again.
fn ballot_cast(req: &HttpRequest, svc: &Svc, auth: &PageAuth, receipt: Kept) -> HttpResponse {
    let mut kept = kept_receipts(req, svc, auth);
    let (flag, anchor) = match receipt.subject {
        Subject::Poll(id) => (format!("p{id}"), format!("ballot-{id}-{}", receipt.organisation_id)),
        Subject::Round(id) => (format!("r{id}"), format!("round-ballot-{id}-{}", receipt.organisation_id)),
    };
    kept.add(receipt);
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("/delegate?voted={flag}#{anchor}")))
        .cookie(cookie(kept_receipts::COOKIE, kept.value(), svc.settings.cookie_secure))
        .finish()
}

#[derive(Deserialize)]
struct ProxyForm {
    csrf: String,
    holder_id: i64,
}

async fn delegate_proxy(svc: Svc, Posted { auth, form }: Posted<ProxyForm>) -> PageResult {
    let caller = auth.0.caller.clone();
    let holder_id = form.holder_id;
    run(&svc, move |s| {
        let grantor_id = Services::own_organisation(&caller)?;
        let a = s.current_assembly()?.ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingAssembly))?;
        s.grant_proxy(&caller, a.id, crate::service::proxies::ProxyInput { grantor_id, holder_id, document: None })
    })
    .await
    .shown_to(&auth)?;
    Ok(see_other(&Done::ProxyGiven.url("/delegate", None)))
}

async fn delegate_speak(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>) -> PageResult {
    let caller = auth.0.caller.clone();
    run(&svc, move |s| {
        let a = s.current_assembly()?.ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingAssembly))?;
        s.ask_to_speak(&caller, a.id, Default::default())
    })
    .await
    .shown_to(&auth)?;
    Ok(see_other(&Done::AskedToSpeak.url("/delegate", None)))
}

async fn delegate_withdraw_speaker(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let to = Done::Withdrawn.url("/delegate", None);
    act(&svc, &auth, &to, move |s, caller| s.withdraw_request(caller, id.into_inner())).await
}

async fn chair_floor(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let to = Done::FloorGiven.url("/chair", None);
    act(&svc, &auth, &to, move |s, caller| s.give_floor(caller, id.into_inner())).await
}

async fn chair_floor_done(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let to = Done::FloorEnded.url("/chair", None);
    act(&svc, &auth, &to, move |s, caller| s.end_floor(caller, id.into_inner())).await
}

async fn delegate_revoke(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let to = Done::ProxyRevoked.url("/delegate", None);
    act(&svc, &auth, &to, move |s, caller| s.revoke_proxy(caller, id.into_inner())).await
}

async fn delegate_check_in(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>) -> PageResult {
    let caller = auth.0.caller.clone();
    let org = caller
        .organisation_id
        .ok_or_else(|| AppError::forbidden(ErrorCode::NotYourOrganisation, Msg::NotYourOrganisation))?;
    run(&svc, move |s| {
        let a = s.current_assembly()?.ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingAssembly))?;
        s.check_in(&caller, a.id, CheckInInput { organisation_id: org, mode: AttendanceMode::Remote })
    })
    .await
    .shown_to(&auth)?;
    Ok(see_other(&Done::CheckedIn.url("/delegate", None)))
}

#[derive(Deserialize)]
struct VoteForm {
    csrf: String,
    choice: Choice,
    #[serde(default)]
    organisation_id: Option<i64>,
}

async fn delegate_vote(
    svc: Svc,
    req: HttpRequest,
    Posted { auth, form }: Posted<VoteForm>,
    id: web::Path<i64>,
) -> PageResult {
    let caller = auth.0.caller.clone();
    let (choice, organisation_id) = (form.choice, form.organisation_id);
    let (receipt, ballot, at) = run(&svc, move |s| {
        let id = id.into_inner();
        let receipt = s.cast_ballot(&caller, PollId(id), BallotInput { choice, organisation_id, replaces: None })?;
        Ok((receipt, s.get_poll_unchecked(id)?.ballot, s.clock.now()))
    })
    .await
    .shown_to(&auth)?;
    // A public ballot's choice is kept with its receipt; a secret one's never.
    let public = matches!(ballot, BallotType::RollCall | BallotType::Tellers);
    let kept = Kept {
        subject: Subject::Poll(receipt.poll_id.0),
        organisation_id: receipt.organisation_id.0,
        code: receipt.receipt,
        at: at.and_utc().timestamp(),
        choice: public.then_some(choice),
    };
    Ok(ballot_cast(&req, &svc, &auth, kept))
}

#[derive(Deserialize)]
struct ConfirmForm {
    #[serde(default)]
    csrf: String,
    /// Optional to the extractor, so that the role is checked first.
    choice: Option<Choice>,
    organisation_id: Option<i64>,
}

/// The step before a poll's ballot is cast: the vote in words, to confirm
/// or cancel. Nothing is cast by it. A POST, so that the choice is in no
/// address: not in the browser's history, not in an access log line beside
/// the organisation (for a secret poll that would be its vote).
async fn delegate_confirm_vote(svc: Svc, Posted { auth, form }: Posted<ConfirmForm>, id: web::Path<i64>) -> PageResult {
    let caller = auth.0.caller.clone();
    let (id, q) = (id.into_inner(), form);
    let confirm = run(&svc, move |s| s.poll_ballot_to_confirm(&caller, id, q.organisation_id)).await.shown_to(&auth)?;
    let choice = q.choice.ok_or_else(|| AppError::bad_request(ErrorCode::InvalidForm, form_field(Msg::FieldChoice)))?;
    Ok(html(pages::confirm_vote(&chrome(&auth.0), &auth.0.csrf, id, choice, &confirm)))
}

/// The step before an election round's ballot is cast: the names chosen,
/// or why the ballot cannot be cast as it stands (the ticks kept). A POST,
/// as the poll's: the names chosen are in no address.
async fn delegate_confirm_round_vote(
    svc: Svc,
    Posted { auth, form: fields }: Posted<Vec<(String, String)>>,
    id: web::Path<i64>,
) -> PageResult {
    let (choices, organisation_id) = round_form(&fields)?;
    let changing = field(&fields, "change") == "1";
    let caller = auth.0.caller.clone();
    let id = id.into_inner();
    let confirm =
        run(&svc, move |s| s.round_ballot_to_confirm(&caller, id, organisation_id, choices)).await.shown_to(&auth)?;
    Ok(html(pages::confirm_round_vote(&chrome(&auth.0), &auth.0.csrf, id, &confirm, changing)))
}

/// A form's field missing or unreadable (a page never sends one; a
/// hand-made or damaged request does), named in the reader's words.
fn form_field(field: Msg) -> Msg {
    Msg::FormFieldInvalid { field: Box::new(field) }
}

/// The first value of a field in a form read as pairs ("" if absent).
fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// An approval ballot's fields: any number of `candidate`, and the
/// organisation it is cast for.
fn round_form(fields: &[(String, String)]) -> Result<(Vec<i64>, Option<i64>), PageError> {
    let number = |name: Msg, v: &str| {
        v.parse::<i64>().map_err(|_| AppError::bad_request(ErrorCode::InvalidForm, form_field(name)))
    };
    let choices = fields
        .iter()
        .filter(|(k, _)| k == "candidate")
        .map(|(_, v)| number(Msg::FieldCandidate, v))
        .collect::<Result<_, _>>()?;
    let organisation_id = match fields.iter().find(|(k, _)| k == "organisation_id") {
        Some((_, v)) => Some(number(Msg::FieldOrganisation, v)?),
        None => None,
    };
    Ok((choices, organisation_id))
}

async fn chair(svc: Svc, auth: PageAuth, q: web::Query<DoneQuery>) -> PageResult {
    let caller = auth.0.caller.clone();
    let home = run(&svc, move |s| s.chair_home(&caller)).await.shown_to(&auth)?;
    let state = home.current.as_ref().map(|a| crate::i18n::state_label(a.state));
    let done = q.done().map(|d| d.msg(None, state));
    Ok(html(pages::chair(&chrome_done(&auth.0, done), &auth.0.csrf, &home)))
}

#[derive(Deserialize)]
struct TransitionForm {
    csrf: String,
    to: AssemblyState,
}

async fn chair_transition(svc: Svc, Posted { auth, form }: Posted<TransitionForm>, id: web::Path<i64>) -> PageResult {
    let to = form.to;
    let back = Done::StateChanged.url("/chair", None);
    act(&svc, &auth, &back, move |s, caller| s.transition_assembly(caller, AssemblyId(id.into_inner()), to)).await
}

#[derive(Deserialize)]
struct TakeUpForm {
    csrf: String,
    /// An item's id; empty when the agenda is finished.
    #[serde(default)]
    item: String,
}

async fn chair_take_up(svc: Svc, Posted { auth, form }: Posted<TakeUpForm>, id: web::Path<i64>) -> PageResult {
    let item = match form.item.trim() {
        "" => None,
        v => Some(
            v.parse::<i64>().map_err(|_| AppError::bad_request(ErrorCode::InvalidItem, form_field(Msg::FieldItem)))?,
        ),
    };
    let to = format!("{}#agenda", Done::ItemTakenUp.url("/chair", None));
    act(&svc, &auth, &to, move |s, caller| s.take_up_item(caller, AssemblyId(id.into_inner()), item)).await
}

#[derive(Deserialize)]
struct OpenForm {
    csrf: String,
    ballot: crate::domain::poll::BallotType,
}

async fn chair_open(svc: Svc, Posted { auth, form }: Posted<OpenForm>, id: web::Path<i64>) -> PageResult {
    let input = OpenPollInput { ballot: form.ballot };
    // Back where the chair was: the motion's card, now with its open vote.
    let motion = MotionId(id.into_inner());
    let to = format!("{}#motion-{motion}", Done::PollOpened.url("/chair", None));
    act(&svc, &auth, &to, move |s, caller| s.open_poll(caller, motion, input)).await
}

/// A translation of a motion added or replaced from the chair's page.
#[derive(Deserialize)]
struct TranslationForm {
    csrf: String,
    language: String,
    title: String,
    #[serde(default)]
    text: String,
}

async fn chair_translate(svc: Svc, Posted { auth, form }: Posted<TranslationForm>, id: web::Path<i64>) -> PageResult {
    let motion = MotionId(id.into_inner());
    let input =
        crate::service::translations::TranslationInput { language: form.language, title: form.title, text: form.text };
    let to = format!("{}#translations-{motion}", Done::TranslationSaved.url("/chair", None));
    act(&svc, &auth, &to, move |s, caller| s.translate_motion(caller, motion, input)).await
}

async fn chair_open_round(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let election = id.into_inner();
    let to = format!("{}#election-{election}", Done::RoundOpened.url("/chair", None));
    act(&svc, &auth, &to, move |s, caller| s.open_round(caller, ElectionId(election))).await
}

async fn chair_close_round(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let caller = auth.0.caller.clone();
    let election = run(&svc, move |s| s.close_round(&caller, RoundId(id.into_inner()))).await.shown_to(&auth)?;
    // Back at the election's card, where its result now is.
    Ok(see_other(&format!("{}#election-{}", Done::RoundClosed.url("/chair", None), election.id)))
}

/// An approval ballot: `csrf` and any number of `candidate` fields.
async fn delegate_round_vote(
    svc: Svc,
    req: HttpRequest,
    Posted { auth, form: fields }: Posted<Vec<(String, String)>>,
    id: web::Path<i64>,
) -> PageResult {
    let (choices, organisation_id) = round_form(&fields)?;
    let caller = auth.0.caller.clone();
    let (receipt, at) = run(&svc, move |s| {
        let input = crate::service::elections::ElectionBallotInput { choices, organisation_id };
        Ok((s.cast_election_ballot(&caller, RoundId(id.into_inner()), input)?, s.clock.now()))
    })
    .await
    .shown_to(&auth)?;
    let kept = Kept {
        subject: Subject::Round(receipt.round_id.0),
        organisation_id: receipt.organisation_id.0,
        code: receipt.receipt,
        at: at.and_utc().timestamp(),
        choice: None,
    };
    Ok(ballot_cast(&req, &svc, &auth, kept))
}

async fn chair_close(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let caller = auth.0.caller.clone();
    let poll =
        run(&svc, move |s| s.close_poll(&caller, id.into_inner(), CloseInput::default())).await.shown_to(&auth)?;
    Ok(see_other(&format!("/polls/{}", poll.id)))
}

#[derive(Deserialize, Default)]
struct DeskQuery {
    #[serde(default)]
    q: String,
    done: Option<String>,
    org: Option<i64>,
}

async fn desk(svc: Svc, auth: PageAuth, query: web::Query<DeskQuery>) -> PageResult {
    desk_page(svc, auth, query.into_inner(), None).await
}

/// What the desk's page shows again after a refusal, the input kept: a
/// room count, or a check-in code with why it was refused.
enum DeskRefusal {
    Tellers(crate::service::polls::TellersDraft),
    Code { code: String, error: String },
}

/// The desk's page, with a refused input shown again when there is one.
async fn desk_page(
    svc: Svc,
    auth: PageAuth,
    query: DeskQuery,
    refused: Option<(DeskRefusal, actix_web::http::StatusCode)>,
) -> PageResult {
    auth.0.caller.require(&[Role::Teller, Role::Secretariat])?;
    let needle = query.q.trim().to_lowercase();
    let (assembly, lines, tellers) = run(&svc, move |s| {
        let assembly = s.current_assembly()?;
        let (lines, tellers) = match &assembly {
            Some(a) => (s.attendance_list(a.id)?, s.tellers_panels(a.id)?),
            None => (vec![], vec![]),
        };
        Ok((assembly, lines, tellers))
    })
    .await
    .shown_to(&auth)?;
    let names: std::collections::HashMap<i64, String> =
        lines.iter().map(|l| (l.organisation.id, l.organisation.name.clone())).collect();
    let done = query
        .done
        .as_deref()
        .and_then(Done::parse)
        .map(|d| d.msg(query.org.and_then(|id| names.get(&id).cloned()), None));
    let lines: Vec<_> = lines
        .into_iter()
        .filter(|l| crate::views::paging::matches(&needle, &l.organisation.name, &l.organisation.country))
        .collect();
    let chrome = chrome_done(&auth.0, done);
    let draft = match &refused {
        Some((DeskRefusal::Tellers(d), _)) => Some(d),
        _ => None,
    };
    let code = match &refused {
        Some((DeskRefusal::Code { code, error }, _)) => Some((code.as_str(), error.as_str())),
        _ => None,
    };
    let refused_now = pages::DeskRefused { draft, code };
    let page = pages::desk(&chrome, &auth.0.csrf, assembly.as_ref(), &lines, &names, &query.q, (&tellers, refused_now));
    Ok(match refused {
        // Refused: said on the desk's own page, with the refusal's status,
        // the input kept.
        Some((_, status)) => {
            HttpResponse::build(status).content_type("text/html; charset=utf-8").body(page.into_string())
        }
        None => html(page),
    })
}

async fn desk_arrive(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, path: web::Path<(i64, i64)>) -> PageResult {
    let (assembly, org) = path.into_inner();
    let input = CheckInInput { organisation_id: org, mode: AttendanceMode::InPerson };
    let to = Done::Arrived.url("/desk", Some(org));
    act(&svc, &auth, &to, move |s, caller| s.check_in(caller, AssemblyId(assembly), input)).await
}

#[derive(Deserialize)]
struct CodeForm {
    csrf: String,
    code: String,
}

async fn desk_code(svc: Svc, Posted { auth, form }: Posted<CodeForm>, assembly: web::Path<i64>) -> PageResult {
    let code = form.code.clone();
    let caller = auth.0.caller.clone();
    match run(&svc, move |s| s.check_in_by_code(&caller, AssemblyId(assembly.into_inner()), &code)).await {
        Ok(stay) => Ok(see_other(&Done::Arrived.url("/desk", Some(stay.organisation_id)))),
        // A code mistyped, unknown or already used: said beside the code on
        // the desk's page, the code kept to correct (the queue waits).
        Err(e)
            if matches!(
                e.kind,
                ErrorKind::BadRequest | ErrorKind::Unprocessable | ErrorKind::Conflict | ErrorKind::NotFound
            ) =>
        {
            let refused = DeskRefusal::Code { code: form.code, error: e.message() };
            desk_page(svc, auth, DeskQuery::default(), Some((refused, e.kind.status()))).await
        }
        Err(e) => Err(e).shown_to(&auth),
    }
}

/// The room's count: `csrf`, `yes`, `no`, `abstain` and any number of
/// `organisation` fields.
async fn desk_tellers(
    svc: Svc,
    Posted { auth, form: fields }: Posted<Vec<(String, String)>>,
    id: web::Path<i64>,
) -> PageResult {
    let field = |name: &str| field(&fields, name);
    let bad = |what: Msg| AppError::bad_request(ErrorCode::InvalidForm, form_field(what));
    let count = |name: &str, what: Msg| field(name).trim().parse::<u32>().map_err(|_| bad(what));
    let input = crate::service::polls::TellersInput {
        yes: count("yes", Msg::FieldVotesYes)?,
        no: count("no", Msg::FieldVotesNo)?,
        abstain: count("abstain", Msg::FieldVotesAbstain)?,
        organisation_ids: fields
            .iter()
            .filter(|(k, _)| k == "organisation")
            .map(|(_, v)| v.parse::<i64>().map_err(|_| bad(Msg::FieldOrganisation)))
            .collect::<Result<Vec<_>, _>>()?,
    };
    let caller = auth.0.caller.clone();
    let poll_id = id.into_inner();
    let draft_input = input.clone();
    // The count is final once recorded: the desk says it checked it first.
    let checked = field("final") == "yes";
    let recorded = match checked {
        true => run(&svc, move |s| s.record_tellers(&caller, poll_id, input)).await,
        false => Err(AppError::bad_request(ErrorCode::InvalidForm, Msg::RoomCountUnchecked)),
    };
    match recorded {
        Ok(_) => Ok(see_other(&Done::RoomCounted.url("/desk", None))),
        // A count that does not add up, or a tick the rules refuse: the desk
        // corrects it on the page, nothing retyped.
        Err(e) if matches!(e.kind, ErrorKind::BadRequest | ErrorKind::Unprocessable | ErrorKind::Conflict) => {
            let draft = crate::service::polls::TellersDraft {
                poll_id,
                yes: draft_input.yes.to_string(),
                no: draft_input.no.to_string(),
                abstain: draft_input.abstain.to_string(),
                ticked: draft_input.organisation_ids,
                error: e.message(),
            };
            desk_page(svc, auth, DeskQuery::default(), Some((DeskRefusal::Tellers(draft), e.kind.status()))).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn desk_leave(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, path: web::Path<(i64, i64)>) -> PageResult {
    let (assembly, org) = path.into_inner();
    let to = Done::Left.url("/desk", Some(org));
    act(&svc, &auth, &to, move |s, caller| s.check_out(caller, AssemblyId(assembly), org)).await
}

#[derive(Deserialize)]
struct PageQuery {
    page: Option<usize>,
}

async fn poll(svc: Svc, auth: PageAuth, id: web::Path<i64>, q: web::Query<PageQuery>) -> PageResult {
    let caller = auth.0.caller.clone();
    let (motion, poll, decision) = run(&svc, move |s| {
        let poll = s.get_poll(&caller, id.into_inner())?;
        let motion = s.get_motion(poll.motion_id)?;
        let decision = s.poll_decision(poll.id)?;
        Ok((motion, poll, decision))
    })
    .await
    .shown_to(&auth)?;
    let words = decision.map(|d| crate::i18n::describe(crate::i18n::current(), &d)).unwrap_or_default();
    Ok(html(pages::poll(&chrome(&auth.0), &motion, &poll, &words, q.page.unwrap_or(1))))
}

/// The auditor's ledger filter as a form sends it: times from
/// `datetime-local` inputs (UTC) or RFC 3339.
#[derive(Deserialize, Default)]
struct LedgerQuery {
    /// Events after this one; none given and no filter: the latest.
    after: Option<i64>,
    /// Events before this one, the latest of them (paging back).
    before: Option<i64>,
    /// Recheck the whole chain (on demand: it reads every event).
    #[serde(default)]
    check: bool,
    kind: Option<String>,
    subject: Option<String>,
    from: Option<String>,
    until: Option<String>,
}

fn form_time(v: Option<&str>) -> Result<Option<chrono::DateTime<chrono::Utc>>, AppError> {
    let Some(v) = v.map(str::trim).filter(|v| !v.is_empty()) else { return Ok(None) };
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(v) {
        return Ok(Some(t.with_timezone(&chrono::Utc)));
    }
    chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M")
        .map(|t| Some(t.and_utc()))
        .map_err(|_| AppError::bad_request(ErrorCode::InvalidTime, Msg::TimeInvalid { value: v.to_string() }))
}

async fn audit(svc: Svc, auth: PageAuth, q: web::Query<LedgerQuery>) -> PageResult {
    let caller = auth.0.caller.clone();
    let q = q.into_inner();
    let explicit = q.after.is_some() || q.before.is_some();
    let recheck = q.check;
    let filter = LedgerFilter {
        after: q.after.unwrap_or(0),
        before: q.before,
        limit: Some(200),
        kind: q.kind,
        subject: q.subject,
        from: form_time(q.from.as_deref())?,
        until: form_time(q.until.as_deref())?,
    };
    let public_key = svc.sealer.public_key_hex();
    let (check, events, assemblies, filter, actors) = run(&svc, move |s| {
        let head = s.ledger_head(&caller)?;
        let check = if recheck { Some(s.check_ledger(&caller)?) } else { None };
        let mut filter = filter;
        let unfiltered =
            filter.kind.is_none() && filter.subject.is_none() && filter.from.is_none() && filter.until.is_none();
        if unfiltered && !explicit {
            // The latest events first come to mind; older ones are a filter away.
            filter.after = head.saturating_sub(200);
        }
        let events = s.filter_ledger(&caller, &filter)?;
        let assemblies = s.list_assemblies(&caller)?;
        // Actors by name: `account:N` is a person the auditor can name.
        let actors = s.list_accounts(&caller)?.into_iter().map(|a| (format!("account:{}", a.id), a.name)).collect();
        Ok(((check, head), events, assemblies, filter, actors))
    })
    .await
    .shown_to(&auth)?;
    Ok(html(audit_views::ledger(&chrome(&auth.0), check, &filter, &events, &public_key, &assemblies, &actors)))
}

/// Which page of an assembly record's arrivals and proxies, and the search.
#[derive(Deserialize)]
struct RecordQuery {
    #[serde(default)]
    q: String,
    stays: Option<usize>,
    proxies: Option<usize>,
}

async fn audit_assembly(svc: Svc, auth: PageAuth, id: web::Path<i64>, q: web::Query<RecordQuery>) -> PageResult {
    let caller = auth.0.caller.clone();
    let id = id.into_inner();
    let record = run(&svc, move |s| s.assembly_record(&caller, AssemblyId(id))).await.shown_to(&auth)?;
    let at = audit_views::RecordPages { query: &q.q, stays: q.stays.unwrap_or(1), proxies: q.proxies.unwrap_or(1) };
    Ok(html(audit_views::assembly(&chrome(&auth.0), &record, &at)))
}

async fn audit_bundle(svc: Svc, auth: PageAuth, id: web::Path<i64>) -> PageResult {
    let caller = auth.0.caller.clone();
    let d = run(&svc, move |s| s.bundle_download(&caller, AssemblyId(id.into_inner()))).await.shown_to(&auth)?;
    Ok(super::api::download(d))
}

async fn chair_minutes(svc: Svc, auth: PageAuth, id: web::Path<i64>, q: web::Query<DoneQuery>) -> PageResult {
    let caller = auth.0.caller.clone();
    let id = id.into_inner();
    let m = run(&svc, move |s| {
        caller.require(&[Role::Secretariat])?;
        s.minutes(&caller, AssemblyId(id))
    })
    .await
    .shown_to(&auth)?;
    // The draft in an official language: the reader's where it is one.
    let lang = m.languages().for_reader(crate::i18n::current());
    let blocks = crate::export::minutes::blocks(&m, lang);
    let draft = (lang, crate::export::minutes::html::body(&blocks, lang));
    let done = q.done().map(|d| d.msg(None, None));
    Ok(html(audit_views::minutes(&chrome_done(&auth.0, done), &auth.0.csrf, &m, draft)))
}

#[derive(Deserialize)]
struct NarrativeForm {
    csrf: String,
    narrative: String,
}

async fn chair_narrative(svc: Svc, Posted { auth, form }: Posted<NarrativeForm>, id: web::Path<i64>) -> PageResult {
    let id = id.into_inner();
    let NarrativeForm { narrative, .. } = form;
    let to = Done::NarrativeSaved.url(&format!("/chair/assemblies/{id}/minutes"), None);
    act(&svc, &auth, &to, move |s, caller| s.set_narrative(caller, AssemblyId(id), &narrative)).await
}

#[derive(Deserialize)]
struct IncidentForm {
    csrf: String,
    body: String,
}

async fn chair_incident(svc: Svc, Posted { auth, form }: Posted<IncidentForm>, id: web::Path<i64>) -> PageResult {
    let id = id.into_inner();
    let IncidentForm { body, .. } = form;
    let to = Done::IncidentRecorded.url(&format!("/chair/assemblies/{id}/minutes"), None);
    act(&svc, &auth, &to, move |s, caller| s.record_incident(caller, AssemblyId(id), &body)).await
}

async fn chair_approve(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let id = id.into_inner();
    let to = Done::MinutesApproved.url(&format!("/chair/assemblies/{id}/minutes"), None);
    act(&svc, &auth, &to, move |s, caller| s.approve_minutes(caller, AssemblyId(id))).await
}

/// The secretariat's notices: the convocation and the outbox.
async fn chair_notices(svc: Svc, auth: PageAuth, id: web::Path<i64>, q: web::Query<DoneQuery>) -> PageResult {
    let caller = auth.0.caller.clone();
    let id = AssemblyId(id.into_inner());
    let (assembly, outbox) = run(&svc, move |s| {
        let outbox = s.outbox(&caller, id)?;
        Ok((s.get_assembly(&caller, id)?, outbox))
    })
    .await
    .shown_to(&auth)?;
    let done = q.done().map(|d| d.msg(None, None));
    Ok(html(crate::views::notices::notices(&chrome_done(&auth.0, done), &auth.0.csrf, &assembly, &outbox)))
}

async fn chair_send_convocation(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let id = id.into_inner();
    let to = Done::ConvocationQueued.url(&format!("/chair/assemblies/{id}/notices"), None);
    act(&svc, &auth, &to, move |s, caller| s.send_convocation(caller, AssemblyId(id))).await
}

async fn chair_resend_notice(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let id = id.into_inner();
    act_then(
        &svc,
        &auth,
        move |s, caller| s.resend_notice(caller, id),
        move |assembly| match assembly {
            Some(a) => {
                Done::NoticeResent.url(&format!("/chair/assemblies/{}/notices", a.0), None) + &format!("#notice-{id}")
            }
            None => Done::NoticeResent.url("/chair", None),
        },
    )
    .await
}

/// A one-time link's page: the form to choose a password, or why the link
/// no longer works (404, the same whichever reason).
async fn welcome(svc: Svc, token: web::Path<String>) -> PageResult {
    let token = token.into_inner();
    let shown = token.clone();
    match run(&svc, move |s| s.welcome(&token)).await {
        Ok(who) => Ok(html(pages::welcome(&shown, &who, None))),
        Err(e) if e.code == ErrorCode::InvitationInvalid => Ok(HttpResponse::NotFound()
            .content_type("text/html; charset=utf-8")
            .body(pages::welcome_end(&e.message(), "error").into_string())),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct WelcomeForm {
    password: String,
    again: String,
}

/// The password chosen through a one-time link. No CSRF token: the link's
/// own secret is in the address, which another site cannot know.
async fn welcome_password(svc: Svc, token: web::Path<String>, form: web::Form<WelcomeForm>) -> PageResult {
    let token = token.into_inner();
    let WelcomeForm { password, again } = form.into_inner();
    let refuse = |svc: Svc, token: String, message: String| async move {
        let shown = token.clone();
        let who = run(&svc, move |s| s.welcome(&token)).await;
        Ok::<_, PageError>(match who {
            Ok(who) => HttpResponse::BadRequest()
                .content_type("text/html; charset=utf-8")
                .body(pages::welcome(&shown, &who, Some(&message)).into_string()),
            Err(e) => HttpResponse::NotFound()
                .content_type("text/html; charset=utf-8")
                .body(pages::welcome_end(&e.message(), "error").into_string()),
        })
    };
    if password != again {
        return refuse(svc, token, Msg::PasswordsDiffer.here()).await;
    }
    let used = token.clone();
    match run(&svc, move |s| s.accept_invitation(&used, &password)).await {
        Ok(()) => Ok(html(pages::welcome_end(&Msg::PasswordChosen.here(), "success"))),
        Err(e) if e.code == ErrorCode::PasswordTooShort => refuse(svc, token, e.message()).await,
        Err(e) if e.code == ErrorCode::InvitationInvalid => Ok(HttpResponse::NotFound()
            .content_type("text/html; charset=utf-8")
            .body(pages::welcome_end(&e.message(), "error").into_string())),
        Err(e) => Err(e.into()),
    }
}

async fn admin_invite(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let id = id.into_inner();
    let to = Done::InvitationSent.url("/admin", None) + &format!("#account-{id}");
    act(&svc, &auth, &to, move |s, caller| s.invite(caller, id)).await
}

/// The minutes and the record's tables as downloads, for a browser.
async fn export_file(
    svc: Svc,
    auth: PageAuth,
    path: web::Path<(i64, String)>,
    q: web::Query<crate::input::MinutesLanguage>,
) -> PageResult {
    let (id, file) = path.into_inner();
    let format = Format::parse(&file).ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingExport))?;
    let caller = auth.0.caller.clone();
    let lang = q.into_inner().lang;
    let d = run(&svc, move |s| super::downloads::minutes_file(s, &caller, id, format, lang.as_deref()))
        .await
        .shown_to(&auth)?;
    Ok(super::api::download(d))
}

#[derive(Deserialize)]
struct ReceiptQuery {
    code: Option<String>,
}

/// Anyone holding a receipt may check it: no login. The form posts the
/// code (so that no URL, history or proxy log holds it); a link with
/// `?code=` still works.
async fn receipts(svc: Svc, auth: Option<PageAuth>, q: web::Query<ReceiptQuery>) -> PageResult {
    receipt_page(svc, auth, q.into_inner().code).await
}

async fn posted_receipt(svc: Svc, auth: Option<PageAuth>, form: web::Form<ReceiptQuery>) -> PageResult {
    receipt_page(svc, auth, form.into_inner().code).await
}

/// Public; a visitor who is logged in (a delegate checking from its page)
/// keeps its navigation and its way to log out.
async fn receipt_page(svc: Svc, auth: Option<PageAuth>, code: Option<String>) -> PageResult {
    let chrome = match &auth {
        Some(auth) => chrome(&auth.0),
        None => Chrome::visitor(),
    };
    let code = code.map(|c| c.trim().to_string()).filter(|c| !c.is_empty());
    let result = match code.clone() {
        None => None,
        Some(c) => Some(match run(&svc, move |s| s.check_receipt(&c)).await {
            Ok(r) => Ok(r),
            Err(e) if e.kind == ErrorKind::NotFound => Err(crate::views::t(Msg::ReceiptUnknown)),
            Err(e) => return Err(e.into()),
        }),
    };
    Ok(html(audit_views::receipt(&chrome, code.as_deref(), result)))
}

async fn hall(svc: Svc, auth: PageAuth) -> PageResult {
    let live = run(&svc, move |s| {
        let a = s.current_assembly()?.ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingAssembly))?;
        s.live_view(a.id)
    })
    .await
    .shown_to(&auth)?;
    let stream = format!("/live/assemblies/{}", live.assembly_id);
    Ok(html(pages::hall(&chrome(&auth.0), &live, &stream)))
}

/// The projector's page through a display link: the hall, with no login,
/// no one's name and nothing to click. A revoked or unknown link is 404.
async fn display(svc: Svc, token: web::Path<String>) -> PageResult {
    let token = token.into_inner();
    // The stream keeps the page's language (`?lang=` on the link, or the
    // projector's browser's).
    let stream = format!("/display/{token}/live?lang={}", crate::i18n::current().tag());
    let live = run(&svc, move |s| {
        let (_, assembly) = s.display_by_token(&token)?;
        s.live_view(AssemblyId(assembly))
    })
    .await?;
    let chrome = Chrome { switcher: false, ..Chrome::visitor() };
    Ok(html(pages::hall(&chrome, &live, &stream)))
}

/// Makes a display link and shows it, this once (only its hash is kept).
async fn chair_make_display(
    svc: Svc,
    req: HttpRequest,
    Posted { auth, .. }: Posted<CsrfForm>,
    id: web::Path<i64>,
) -> PageResult {
    let caller = auth.0.caller.clone();
    let id = id.into_inner();
    let made = run(&svc, move |s| s.create_display(&caller, AssemblyId(id))).await.shown_to(&auth)?;
    let info = req.connection_info();
    let link = format!("{}://{}/display/{}", info.scheme(), info.host(), made.token);
    Ok(html(pages::display_made(&chrome(&auth.0), &link)))
}

async fn chair_revoke_display(svc: Svc, Posted { auth, .. }: Posted<CsrfForm>, id: web::Path<i64>) -> PageResult {
    let to = Done::DisplayRevoked.url("/chair", None);
    act(&svc, &auth, &to, move |s, caller| s.revoke_display(caller, id.into_inner())).await
}

/// The register page; after an import, its report and, when it failed,
/// the text as pasted, to be corrected rather than pasted again.
async fn admin_page(svc: &Svc, auth: &PageAuth, report: Option<(ImportReport, String)>, q: AdminQuery) -> PageResult {
    auth.0.caller.require(&[Role::Secretariat])?;
    let caller = auth.0.caller.clone();
    let (orgs, accounts) =
        run(svc, move |s| Ok((s.list_organisations(&caller)?, s.list_accounts(&caller)?))).await.shown_to(auth)?;
    let name = q.org.and_then(|id| orgs.iter().find(|o| o.id == id)).map(|o| o.name.clone());
    let done = q.done.as_deref().and_then(Done::parse).map(|d| d.msg(name, None));
    let chrome = chrome_done(&auth.0, done);
    let report = report.as_ref().map(|(r, text)| (r, text.as_str()));
    let search = (q.q.as_str(), q.page.unwrap_or(1));
    Ok(html(crate::views::admin::register(&chrome, &auth.0.csrf, &orgs, &accounts, search, report)))
}

#[derive(Deserialize, Default)]
struct AdminQuery {
    done: Option<String>,
    org: Option<i64>,
    #[serde(default)]
    q: String,
    page: Option<usize>,
}

async fn admin(svc: Svc, auth: PageAuth, q: web::Query<AdminQuery>) -> PageResult {
    admin_page(&svc, &auth, None, q.into_inner()).await
}

async fn admin_export(svc: Svc, auth: PageAuth) -> PageResult {
    let caller = auth.0.caller.clone();
    let csv = run(&svc, move |s| s.export_register(Some(&caller))).await.shown_to(&auth)?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(("Content-Disposition", "attachment; filename=\"register.csv\""))
        .body(csv))
}

#[derive(Deserialize)]
struct AddForm {
    csrf: String,
    name: String,
    country: String,
    kind: crate::domain::organisation::OrgKind,
}

async fn admin_add(svc: Svc, Posted { auth, form }: Posted<AddForm>) -> PageResult {
    let input = NewOrganisationInput { name: form.name, country: form.country, kind: form.kind };
    let add = move |s: &Services, caller: &crate::service::Caller| s.create_organisation(caller, input);
    act_then(&svc, &auth, add, |org| Done::OrganisationAdded.url("/admin", Some(org.id))).await
}

#[derive(Deserialize)]
struct ChangeForm {
    csrf: String,
    status: crate::domain::organisation::OrgStatus,
    kind: crate::domain::organisation::OrgKind,
    reason: String,
}

async fn admin_change(svc: Svc, Posted { auth, form }: Posted<ChangeForm>, id: web::Path<i64>) -> PageResult {
    let change =
        OrganisationChange { status: Some(form.status), kind: Some(form.kind), reason: form.reason, joined_on: None };
    let id = id.into_inner();
    let to = Done::OrganisationChanged.url("/admin", Some(id));
    act(&svc, &auth, &to, move |s, caller| s.change_organisation(caller, id, change)).await
}

#[derive(Deserialize)]
struct ImportForm {
    csrf: String,
    csv: String,
}

async fn admin_import(svc: Svc, Posted { auth, form }: Posted<ImportForm>) -> PageResult {
    let caller = auth.0.caller.clone();
    let text = form.csv;
    let pasted = text.clone();
    let report = run(&svc, move |s| s.import_register(Some(&caller), &text, &|_, _| {})).await.shown_to(&auth)?;
    let failed = !report.errors.is_empty();
    let kept = if failed { pasted } else { String::new() };
    let mut page = admin_page(&svc, &auth, Some((report, kept)), AdminQuery::default()).await?;
    if failed {
        *page.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(page)
}

#[derive(Deserialize)]
struct NewAccountForm {
    csrf: String,
    name: String,
    email: String,
    password: String,
    role: Role,
    organisation_id: Option<i64>,
}

async fn admin_new_account(svc: Svc, Posted { auth, form: f }: Posted<NewAccountForm>) -> PageResult {
    let input = crate::service::accounts::NewAccountInput {
        email: f.email,
        name: f.name,
        password: f.password,
        role: f.role,
        organisation_id: f.organisation_id,
    };
    let to = Done::AccountCreated.url("/admin", f.organisation_id);
    // Without a password, the holder is invited to choose one.
    let invite = input.password.is_empty();
    act(&svc, &auth, &to, move |s, caller| {
        let made = s.create_account(Some(caller), input)?;
        if invite {
            s.invite(caller, made.id)?;
        }
        Ok(made)
    })
    .await
}

#[derive(Deserialize)]
struct ReplaceForm {
    csrf: String,
    name: String,
    email: String,
    password: String,
}

async fn admin_replace_account(
    svc: Svc,
    Posted { auth, form: f }: Posted<ReplaceForm>,
    id: web::Path<i64>,
) -> PageResult {
    let invite = f.password.is_empty();
    let with = crate::service::accounts::Replacement { email: f.email, name: f.name, password: f.password };
    let to = Done::AccountChanged.url("/admin", None);
    act(&svc, &auth, &to, move |s, caller| {
        let made = s.replace_delegate(caller, id.into_inner(), with)?;
        if invite {
            s.invite(caller, made.id)?;
        }
        Ok(made)
    })
    .await
}

#[derive(Deserialize)]
struct PasswordForm {
    csrf: String,
    password: String,
}

/// The secretariat sets a new password for an account (a person who lost
/// theirs): the account's sessions end; the person is told the password
/// by the secretariat, never by plenum.
async fn admin_set_password(svc: Svc, Posted { auth, form }: Posted<PasswordForm>, id: web::Path<i64>) -> PageResult {
    let change = AccountChange { active: None, name: None, password: Some(form.password) };
    let to = format!("{}#account-{id}", Done::PasswordSet.url("/admin", None));
    act(&svc, &auth, &to, move |s, caller| s.change_account(caller, id.into_inner(), change)).await
}

#[derive(Deserialize)]
struct AccountForm {
    csrf: String,
    active: bool,
}

async fn admin_account(svc: Svc, Posted { auth, form }: Posted<AccountForm>, id: web::Path<i64>) -> PageResult {
    let change = AccountChange { active: Some(form.active), name: None, password: None };
    let to = Done::AccountChanged.url("/admin", None);
    act(&svc, &auth, &to, move |s, caller| s.change_account(caller, id.into_inner(), change)).await
}
