//! The errors each API operation answers with: per status, the machine
//! codes a client may see (`ErrorCode`), as the OpenAPI document lists
//! them. Every operation names the codes it can give, as the handler, its
//! extractors and its service read; a status it never answers is left out.
//! `[]` would stand for every code of that status (`ErrorCode::statuses`,
//! written once in the document as `Error400`, `Error401`...); no operation
//! uses it now. `tests/it/openapi.rs` checks the suite's every answer
//! against them.

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

/// What any operation that reads or writes the database can answer: a
/// failure of its own (500) or of the database (503).
const DATABASE: [(u16, &[ErrorCode]); 2] = [
    (500, &[ErrorCode::Internal, ErrorCode::CommitFailed]),
    (503, &[ErrorCode::DatabaseBusy, ErrorCode::DatabaseUnavailable, ErrorCode::StorageFull]),
];

/// The responses of one operation's errors: `(status, codes)`, no codes
/// for every code of the status; with `database`, also [`DATABASE`]'s
/// (first, then the operation's own codes of those statuses).
fn responses(sets: &[(u16, &[ErrorCode])], database: bool) -> BTreeMap<String, RefOr<Response>> {
    let mut merged: Vec<(u16, Vec<ErrorCode>)> = sets.iter().map(|(s, c)| (*s, c.to_vec())).collect();
    if database {
        for (status, codes) in DATABASE {
            match merged.iter_mut().find(|(s, _)| *s == status) {
                Some((_, own)) => {
                    let extra: Vec<ErrorCode> = own.iter().copied().filter(|c| !codes.contains(c)).collect();
                    *own = codes.iter().copied().chain(extra).collect();
                }
                None => merged.push((status, codes.to_vec())),
            }
        }
    }
    merged
        .iter()
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

/// One struct per operation, its errors as `status => [codes]`; every
/// operation also answers [`DATABASE`]'s, but one marked `(offline)`.
macro_rules! api_errors {
    (@database offline) => { false };
    (@database) => { true };
    ($($op:ident $(($offline:ident))? { $($status:literal => [$($code:ident),* $(,)?]),* $(,)? })*) => {$(
        pub(crate) struct $op;
        impl utoipa::IntoResponses for $op {
            fn responses() -> BTreeMap<String, RefOr<Response>> {
                responses(&[$(($status, &[$(ErrorCode::$code),*][..])),*], api_errors!(@database $($offline)?))
            }
        }
    )*};
}

api_errors! {
    // Each operation names the codes it can answer, per status, as its
    // handler, the extractors (the bearer token: 401; a body: 400
    // `invalid_json`, 422 `invalid_text` for a forbidden character in any
    // string, 408 once read; the path: 400 `invalid_path`) and its service
    // give them; the database's (500, 503) are added to every operation
    // but one marked `(offline)`. A status it never answers is not listed.
    CastBallot {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation, AffiliateCannotVote, SuspendedCannotVote, NotEligible, RepresentedByProxy],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AlreadyVoted, CountedInRoom, ReceiptRequired, PollClosed, NotInSession, Duplicate],
        422 => [InvalidText, UnknownReference],
    }
    CastElectionBallot {
        400 => [InvalidJson, InvalidPath, InvalidBallot],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation, AffiliateCannotVote, SuspendedCannotVote, NotEligible, RepresentedByProxy],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AlreadyVoted, PollClosed, NotInSession, Duplicate],
        422 => [InvalidText, UnknownReference],
    }
    Login {
        400 => [InvalidJson],
        401 => [LoginFailed],
        408 => [BodyTimeout],
        422 => [InvalidText],
        429 => [LoginRateLimited],
    }
    Logout {
        401 => [Unauthorized],
    }
    ListOrganisations {
        401 => [Unauthorized],
    }
    CreateOrganisation {
        400 => [InvalidJson, InvalidName, InvalidCountry],
        401 => [Unauthorized],
        403 => [RoleRequired],
        408 => [BodyTimeout],
        409 => [DuplicateOrganisation, LookalikeOrganisation],
        422 => [InvalidText, MixedScripts],
    }
    // 422 is the rows refused (`ImportRefused`), on the operation itself.
    ImportRegister {
        400 => [InvalidEncoding],
        401 => [Unauthorized],
        403 => [RoleRequired],
        408 => [BodyTimeout],
    }
    ExportRegister {
        401 => [Unauthorized],
        403 => [RoleRequired],
    }
    ChangeOrganisation {
        400 => [InvalidJson, InvalidPath, ReasonRequired],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        422 => [InvalidText, TextTooLong],
    }
    // 404: the organisation named.
    CreateAccount {
        400 => [InvalidJson, InvalidEmail, InvalidName, OrganisationRequired, OrganisationNotAllowed, PasswordTooShort],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [DuplicateEmail],
        422 => [InvalidText, TextTooLong],
    }
    ListAccounts {
        401 => [Unauthorized],
        403 => [RoleRequired],
    }
    ChangeAccount {
        400 => [InvalidJson, InvalidPath, PasswordTooShort],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [OwnAccount],
        422 => [InvalidText, TextTooLong],
    }
    // `organisation_required`: the account replaced has no organisation
    // (it is checked before `not_a_delegate`).
    ReplaceDelegate {
        400 => [
            InvalidJson, InvalidPath, InvalidEmail, InvalidName, OrganisationRequired, PasswordTooShort, NotADelegate,
        ],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [DuplicateEmail],
        422 => [InvalidText, TextTooLong],
    }
    ListAssemblies {
        401 => [Unauthorized],
    }
    CreateAssembly {
        400 => [InvalidJson, InvalidTitle, InvalidConvocation, InvalidQuorum, InvalidProxyCap, OutOfRange, UnknownLanguage, InvalidRemoteLink],
        401 => [Unauthorized],
        403 => [RoleRequired],
        408 => [BodyTimeout],
        422 => [InvalidText, TextTooLong],
    }
    GetAssembly {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    ChangeAssembly {
        400 => [InvalidJson, InvalidPath, UnknownLanguage, InvalidRemoteLink],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AssemblyLocked, LanguageInUse],
        422 => [InvalidText, TextTooLong],
    }
    Agenda {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    AddAgendaItem {
        400 => [InvalidJson, InvalidPath, InvalidTitle],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AgendaLocked],
        422 => [InvalidText, TextTooLong],
    }
    ReorderAgenda {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AgendaLocked],
        422 => [InvalidText, TextTooLong, AgendaOrderMismatch],
    }
    // 404: the assembly, or an agenda item not of this assembly.
    TakeUpItem {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [NotInSession],
        422 => [InvalidText],
    }
    Transition {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [ApproveMinutes, IllegalTransition, AnotherSession, VotesStillOpen],
        422 => [InvalidText],
    }
    AttendanceList {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    CheckIn {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation, InPersonByDesk],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AttendanceClosed, AlreadyCheckedIn],
        422 => [InvalidText, ModeNotAllowed],
    }
    // 404: the assembly, or a code no organisation has.
    CheckInByCode {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AmbiguousCode, AttendanceClosed, AlreadyCheckedIn],
        422 => [InvalidText, ModeNotAllowed],
    }
    Stays {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    CheckOut {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation],
        404 => [NotFound],
        409 => [AssemblyClosed, NotCheckedIn],
    }
    Quorum {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    Bundle {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
    }
    // 403: a draft is for the secretariat and auditors. 409 `not_sealed`:
    // the draft reads the seal of each closed poll, and a poll closed
    // before seals were stored has none.
    GetMinutes {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        409 => [NotSealed],
    }
    // Answers the draft: `not_sealed` as for GetMinutes.
    SetNarrative {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [MinutesApproved, NotSealed],
        422 => [InvalidText, TextTooLong],
    }
    // The transition to `minutes_approved` checks again that no vote is
    // open (a record closed before that rule); `not_sealed` as for GetMinutes.
    Invite {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        409 => [AccountInactive],
    }
    SendConvocation {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        409 => [ConvocationNotNow],
    }
    Outbox {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
    }
    ResendNotice {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        409 => [NoticeOnItsWay, InvitationSpent],
    }
    ApproveMinutes {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        409 => [NotClosed, MinutesChanged, IllegalTransition, VotesStillOpen, NotSealed],
    }
    // Too long is 400 `invalid_incident`, before the text check.
    RecordIncident {
        400 => [InvalidJson, InvalidPath, InvalidIncident],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [MinutesApproved],
        422 => [InvalidText],
    }
    // 404: the assembly, or a file name of no format; 403 and 409 as for
    // GetMinutes.
    ExportFile {
        400 => [InvalidPath, InvalidQuery, UnknownLanguage, NotAnOfficialLanguage],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        409 => [NotSealed],
    }
    // No 404: an unknown assembly has no elections.
    ListElections {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    // 422 `unknown_reference`: a candidate's `organisation_id` is not checked
    // before the insert.
    CreateElection {
        400 => [InvalidJson, InvalidPath, InvalidElection],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [DuplicateCandidate, AssemblyClosed],
        422 => [InvalidText, TextTooLong, MixedScripts, TooManyCandidates, InvalidSeats, UnknownReference],
    }
    GetElection {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    OpenRound {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        409 => [NotInSession, PollAlreadyOpen, ElectionComplete],
    }
    CloseRound {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        409 => [PollClosed, MinutesApproved],
        500 => [InconsistentCount],
    }
    Speakers {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    AskToSpeak {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AttendanceClosed, AlreadyOnTheList],
        422 => [InvalidText],
        429 => [TooManySpeakerRequests],
    }
    GiveFloor {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        409 => [AssemblyClosed, FloorTaken, SpeakerState],
    }
    EndFloor {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        409 => [AssemblyClosed, SpeakerState],
    }
    WithdrawRequest {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [NotYourOrganisation],
        404 => [NotFound],
        409 => [AssemblyClosed, SpeakerState],
    }
    ListProxies {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    GrantProxy {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AttendanceClosed],
        422 => [
            InvalidText, TextTooLong, ProxyToItself, ProxyAffiliate, ProxySuspended, ProxyGrantorPresent,
            ProxyAlreadyGiven, ProxyChain, ProxyCapReached,
        ],
        429 => [TooManyProxies],
    }
    RevokeProxy {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation],
        404 => [NotFound],
        409 => [AssemblyClosed, ProxyNotLive, ProxyUsed, ProxyInOpenPoll],
    }
    // No 404: an unknown assembly has no motions.
    ListMotions {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    // 404: the assembly, or the motion amended.
    CreateMotion {
        400 => [
            InvalidJson,
            InvalidPath,
            UnknownMotionKind,
            InvalidMajority,
            InvalidQuorum,
            InvalidTitle,
            UnknownLanguage,
            NotAnOfficialLanguage,
        ],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation, NotAVotingMember],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AssemblyClosed, CannotAmend],
        422 => [InvalidText, TextTooLong, MotionDeadlinePassed, AgendaItemElsewhere, OutOfRange],
        429 => [TooManyMotions],
    }
    GetMotion {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    SecondMotion {
        400 => [InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation, NotAVotingMember],
        404 => [NotFound],
        409 => [AssemblyClosed, NotSubmitted, OwnMotion, AlreadySeconded],
    }
    Admission {
        400 => [InvalidJson, InvalidPath, ReasonRequired],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AssemblyClosed, IllegalMotionMove],
        422 => [InvalidText, TextTooLong, TooFewSeconders],
    }
    WithdrawMotion {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [NotTheProposer],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AssemblyClosed, IllegalMotionMove],
        422 => [InvalidText, TextTooLong],
    }
    // 400 `invalid_text`: the opinion is empty.
    TranslateMotion {
        400 => [InvalidJson, InvalidPath, InvalidTitle, UnknownLanguage, NotATranslation],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AssemblyClosed, TranslationsClosed],
        422 => [InvalidText, TextTooLong],
    }
    AddOpinion {
        400 => [InvalidJson, InvalidPath, InvalidText],
        401 => [Unauthorized],
        403 => [RoleRequired, NotYourOrganisation, AffiliatesOnly],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [AssemblyClosed],
        422 => [InvalidText, TextTooLong],
        429 => [TooManyOpinions],
    }
    OpenPoll {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [NotInSession, PollAlreadyOpen, MotionNotAdmitted, AmendmentsFirst],
        422 => [InvalidText],
    }
    RecordTellers {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [NotATellersPoll, PollClosed, NotInSession, TellersAlreadyRecorded, AlreadyVotedOnline],
        422 => [InvalidText, TellerListedTwice, TellerCountMismatch, NotEligible, NotInRoom],
    }
    GetPoll {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
    }
    PollSeal {
        400 => [InvalidPath],
        401 => [Unauthorized],
        404 => [NotFound],
        409 => [NotSealed],
    }
    Instance (offline) { }
    ClosePoll {
        400 => [InvalidJson, InvalidPath],
        401 => [Unauthorized],
        403 => [RoleRequired],
        404 => [NotFound],
        408 => [BodyTimeout],
        409 => [PollClosed, MinutesApproved],
        422 => [InvalidText, ChairMustDecide],
        500 => [InconsistentCount],
    }
    CheckReceipt {
        400 => [InvalidPath],
        404 => [NotFound],
    }
    CheckPostedReceipt {
        400 => [InvalidJson],
        404 => [NotFound],
        408 => [BodyTimeout],
        422 => [InvalidText],
    }
    // 422 `invalid_text`: PostgreSQL refuses NUL in `kind` or `subject`.
    AuditEvents {
        400 => [InvalidQuery],
        401 => [Unauthorized],
        403 => [RoleRequired],
        422 => [InvalidText],
    }
}
