//! The errors each API operation answers with: per status, the machine
//! codes a client may see (`ErrorCode`), as the OpenAPI document lists
//! them. `[]` stands for every code of that status (`ErrorCode::statuses`),
//! written once in the document as `Error400`, `Error401`...; a list names
//! the codes this operation can give, as the handler and its service read.
//! `tests/it/openapi.rs` checks the suite's every answer against them.

use crate::error::ErrorCode;
use std::collections::BTreeMap;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, Schema, Type};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response, ResponseBuilder};

/// Every status an error is answered with.
pub(crate) const STATUSES: [u16; 10] = [400, 401, 403, 404, 408, 409, 422, 429, 500, 503];

/// The body of an error whose `error` is one of `codes`.
fn error_schema(codes: impl IntoIterator<Item = ErrorCode>) -> Schema {
    ObjectBuilder::new()
        .property(
            "error",
            ObjectBuilder::new().schema_type(Type::String).enum_values(Some(codes.into_iter().map(|c| c.as_str()))),
        )
        .required("error")
        .property("message", ObjectBuilder::new().schema_type(Type::String).description(Some("For a person.")))
        .required("message")
        .additional_properties(Some(AdditionalProperties::FreeForm(false)))
        .into()
}

/// The codes answered with `status`, in the order of `ErrorCode::ALL`.
pub(crate) fn codes_of(status: u16) -> impl Iterator<Item = ErrorCode> {
    ErrorCode::ALL.iter().copied().filter(move |c| c.statuses().iter().any(|s| s.as_u16() == status))
}

/// The schemas `Error400`... of the document's components: each status's
/// every code.
pub(crate) fn components() -> impl Iterator<Item = (String, Schema)> {
    STATUSES.into_iter().map(|status| (format!("Error{status}"), error_schema(codes_of(status))))
}

/// The responses of one operation's errors: `(status, codes)`, no codes
/// for every code of the status.
fn responses(sets: &[(u16, &[ErrorCode])]) -> BTreeMap<String, RefOr<Response>> {
    sets.iter()
        .map(|(status, codes)| {
            let schema: RefOr<Schema> = if codes.is_empty() {
                Ref::from_schema_name(format!("Error{status}")).into()
            } else {
                error_schema(codes.iter().copied()).into()
            };
            let description = actix_web::http::StatusCode::from_u16(*status)
                .ok()
                .and_then(|s| s.canonical_reason())
                .unwrap_or("Refused");
            let mut response = ResponseBuilder::new()
                .description(format!("{description}: the reason, for a program and for a person"))
                .content("application/json", ContentBuilder::new().schema(Some(schema)).build());
            if *status == 429 {
                let seconds = ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(0));
                let header = HeaderBuilder::new()
                    .schema(seconds)
                    .description(Some("Seconds to wait before trying again, where the limit is one of time"));
                response = response.header("Retry-After", header.build());
            }
            let response = response.build();
            (status.to_string(), RefOr::T(response))
        })
        .collect()
}

macro_rules! api_errors {
    ($($op:ident { $($status:literal => [$($code:ident),* $(,)?]),* $(,)? })*) => {$(
        pub(crate) struct $op;
        impl utoipa::IntoResponses for $op {
            fn responses() -> BTreeMap<String, RefOr<Response>> {
                responses(&[$(($status, &[$(ErrorCode::$code),*][..])),*])
            }
        }
    )*};
}

api_errors! {
    // The vote, the login and the receipts, the operations clients are
    // built around, name their codes; the others list every code of each
    // status until narrowed (docs/OPENAPI_PLAN.md, step 7).
    CastBallot {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation, AffiliateCannotVote, SuspendedCannotVote, NotEligible, RepresentedByProxy],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AlreadyVoted, CountedInRoom, ReceiptRequired, PollClosed, NotInSession, Duplicate],
        422 => [InvalidText, UnknownReference],
        500 => [Internal, CommitFailed],
        503 => [DatabaseBusy, DatabaseUnavailable, StorageFull],
    }
    CastElectionBallot {
        400 => [InvalidJson, InvalidPath, InvalidBallot],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation, AffiliateCannotVote, SuspendedCannotVote, NotEligible, RepresentedByProxy],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AlreadyVoted, PollClosed, NotInSession, Duplicate],
        422 => [InvalidText, UnknownReference],
        500 => [Internal, CommitFailed],
        503 => [DatabaseBusy, DatabaseUnavailable, StorageFull],
    }
    Login {
        400 => [InvalidJson],
        401 => [LoginFailed],
        408 => [BodyTimeout],
        422 => [InvalidText],
        429 => [LoginRateLimited],
        500 => [Internal, CommitFailed],
        503 => [DatabaseBusy, DatabaseUnavailable, StorageFull],
    }
    Logout {
        401 => [Unauthorized],
        500 => [Internal, CommitFailed],
        503 => [DatabaseBusy, DatabaseUnavailable, StorageFull],
    }
    ListOrganisations { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    CreateOrganisation { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    // 422 is the rows refused (`ImportRefused`), on the operation itself.
    ImportRegister { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 429 => [], 500 => [], 503 => [] }
    ExportRegister { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ChangeOrganisation { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    CreateAccount { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ListAccounts { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ChangeAccount { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ReplaceDelegate { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ListAssemblies { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    CreateAssembly { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    GetAssembly { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ChangeAssembly { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    Agenda { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    AddAgendaItem { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ReorderAgenda { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    TakeUpItem { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    Transition { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    AttendanceList { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    CheckIn { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    CheckInByCode { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    Stays { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    CheckOut { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    Quorum { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    Bundle { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    GetMinutes { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    SetNarrative { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ApproveMinutes { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    RecordIncident { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ExportFile { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ListElections { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    CreateElection { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    GetElection { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    OpenRound { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    CloseRound { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    Speakers { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    AskToSpeak { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    GiveFloor { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    EndFloor { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    WithdrawRequest { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ListProxies { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    GrantProxy { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    RevokeProxy { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    ListMotions { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    CreateMotion { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    GetMotion { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    SecondMotion { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    Admission { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    WithdrawMotion { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    AddOpinion { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    OpenPoll { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    RecordTellers { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    GetPoll { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    PollSeal { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    Instance { }
    ClosePoll { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
    CheckReceipt {
        400 => [InvalidPath],
        404 => [NotFound],
        500 => [Internal, CommitFailed],
        503 => [DatabaseBusy, DatabaseUnavailable, StorageFull],
    }
    CheckPostedReceipt {
        400 => [InvalidJson],
        404 => [NotFound],
        408 => [BodyTimeout],
        422 => [InvalidText],
        500 => [Internal, CommitFailed],
        503 => [DatabaseBusy, DatabaseUnavailable, StorageFull],
    }
    AuditEvents { 400 => [], 401 => [], 403 => [], 404 => [], 408 => [], 409 => [], 422 => [], 429 => [], 500 => [], 503 => [] }
}
