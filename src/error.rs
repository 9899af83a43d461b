//! One error type. Each kind maps to an HTTP status; each error carries a
//! machine code and a sentence for a person, from the message catalogue.

use crate::i18n::Msg;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use std::fmt;

/// What went wrong, as the HTTP status sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    Unprocessable,
    TooManyRequests,
    Unavailable,
    Internal,
}

impl ErrorKind {
    pub fn status(self) -> StatusCode {
        match self {
            ErrorKind::BadRequest => StatusCode::BAD_REQUEST,
            ErrorKind::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorKind::Conflict => StatusCode::CONFLICT,
            ErrorKind::Unprocessable => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorKind::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

crate::domain::labelled_enum!(
    /// Every machine code an error carries, as the API's `error` field and
    /// a refusal's ledger event spell it. A code never changes once
    /// published: clients and the ledger's past events hold them.
    ErrorCode {
        AffiliateCannotVote => "affiliate_cannot_vote",
        AffiliatesOnly => "affiliates_only",
        AccountInactive => "account_inactive",
        AgendaItemElsewhere => "agenda_item_elsewhere",
        AgendaLocked => "agenda_locked",
        AgendaOrderMismatch => "agenda_order_mismatch",
        AlreadyCheckedIn => "already_checked_in",
        AlreadyOnTheList => "already_on_the_list",
        AlreadySeconded => "already_seconded",
        AlreadyVoted => "already_voted",
        AlreadyVotedOnline => "already_voted_online",
        AmbiguousCode => "ambiguous_code",
        AmendmentsFirst => "amendments_first",
        AnotherSession => "another_session",
        ApproveMinutes => "approve_minutes",
        AssemblyClosed => "assembly_closed",
        AssemblyLocked => "assembly_locked",
        AttendanceClosed => "attendance_closed",
        BodyTimeout => "body_timeout",
        CannotAmend => "cannot_amend",
        ChairMustDecide => "chair_must_decide",
        CommitFailed => "commit_failed",
        CountedInRoom => "counted_in_room",
        CsrfMismatch => "csrf_mismatch",
        DatabaseBusy => "database_busy",
        DatabaseUnavailable => "database_unavailable",
        Duplicate => "duplicate",
        DuplicateCandidate => "duplicate_candidate",
        DuplicateEmail => "duplicate_email",
        DuplicateOrganisation => "duplicate_organisation",
        ElectionComplete => "election_complete",
        FloorTaken => "floor_taken",
        IllegalMotionMove => "illegal_motion_move",
        IllegalTransition => "illegal_transition",
        InPersonByDesk => "in_person_by_desk",
        InconsistentCount => "inconsistent_count",
        Internal => "internal",
        InvalidBallot => "invalid_ballot",
        InvalidConvocation => "invalid_convocation",
        InvitationInvalid => "invitation_invalid",
        InvitationSpent => "invitation_spent",
        ConvocationNotNow => "convocation_not_now",
        InvalidCountry => "invalid_country",
        InvalidElection => "invalid_election",
        InvalidEmail => "invalid_email",
        InvalidEncoding => "invalid_encoding",
        InvalidForm => "invalid_form",
        InvalidIncident => "invalid_incident",
        InvalidItem => "invalid_item",
        InvalidJson => "invalid_json",
        InvalidMajority => "invalid_majority",
        InvalidName => "invalid_name",
        InvalidPath => "invalid_path",
        InvalidProxyCap => "invalid_proxy_cap",
        InvalidQuery => "invalid_query",
        InvalidQuorum => "invalid_quorum",
        InvalidRemoteLink => "invalid_remote_link",
        InvalidRows => "invalid_rows",
        InvalidSeats => "invalid_seats",
        InvalidText => "invalid_text",
        InvalidTime => "invalid_time",
        InvalidTitle => "invalid_title",
        LoginFailed => "login_failed",
        LoginRateLimited => "login_rate_limited",
        LanguageInUse => "language_in_use",
        LookalikeOrganisation => "lookalike_organisation",
        MethodNotAllowed => "method_not_allowed",
        MinutesApproved => "minutes_approved",
        MinutesChanged => "minutes_changed",
        NoticeOnItsWay => "notice_on_its_way",
        MixedScripts => "mixed_scripts",
        ModeNotAllowed => "mode_not_allowed",
        MotionDeadlinePassed => "motion_deadline_passed",
        MotionNotAdmitted => "motion_not_admitted",
        NotADelegate => "not_a_delegate",
        NotATellersPoll => "not_a_tellers_poll",
        NotAVotingMember => "not_a_voting_member",
        NotCheckedIn => "not_checked_in",
        NotClosed => "not_closed",
        NotEligible => "not_eligible",
        NotFound => "not_found",
        NotInRoom => "not_in_room",
        NotInSession => "not_in_session",
        NotAnOfficialLanguage => "not_an_official_language",
        NotATranslation => "not_a_translation",
        NotSealed => "not_sealed",
        NotSubmitted => "not_submitted",
        NotTheProposer => "not_the_proposer",
        NotYourOrganisation => "not_your_organisation",
        OrganisationNotAllowed => "organisation_not_allowed",
        OrganisationRequired => "organisation_required",
        OutOfRange => "out_of_range",
        OwnAccount => "own_account",
        OwnMotion => "own_motion",
        PasswordTooShort => "password_too_short",
        PollAlreadyOpen => "poll_already_open",
        PollClosed => "poll_closed",
        ProxyAffiliate => "proxy_affiliate",
        ProxyAlreadyGiven => "proxy_already_given",
        ProxyCapReached => "proxy_cap_reached",
        ProxyChain => "proxy_chain",
        ProxyGrantorPresent => "proxy_grantor_present",
        ProxyInOpenPoll => "proxy_in_open_poll",
        ProxyNotLive => "proxy_not_live",
        ProxySuspended => "proxy_suspended",
        ProxyToItself => "proxy_to_itself",
        ProxyUsed => "proxy_used",
        ReasonRequired => "reason_required",
        ReceiptRequired => "receipt_required",
        RepresentedByProxy => "represented_by_proxy",
        RoleRequired => "role_required",
        SpeakerState => "speaker_state",
        StorageFull => "storage_full",
        SuspendedCannotVote => "suspended_cannot_vote",
        TellerCountMismatch => "teller_count_mismatch",
        TellerListedTwice => "teller_listed_twice",
        TellersAlreadyRecorded => "tellers_already_recorded",
        TextTooLong => "text_too_long",
        TooFewSeconders => "too_few_seconders",
        TooManyCandidates => "too_many_candidates",
        TooManyMotions => "too_many_motions",
        TooManyOpinions => "too_many_opinions",
        TooManyProxies => "too_many_proxies",
        TooManySpeakerRequests => "too_many_speaker_requests",
        TooManyStreams => "too_many_streams",
        TranslationsClosed => "translations_closed",
        Unauthorized => "unauthorized",
        UnknownLanguage => "unknown_language",
        UnknownMotionKind => "unknown_motion_kind",
        UnknownReference => "unknown_reference",
        VotesStillOpen => "votes_still_open",
    }
);

impl ErrorCode {
    /// The HTTP statuses an error with this code is answered with: the
    /// OpenAPI document lists each code under these, and a debug build
    /// checks every error it answers against them (`error_response`).
    pub fn statuses(self) -> &'static [StatusCode] {
        match self {
            ErrorCode::InvalidBallot
            | ErrorCode::InvalidConvocation
            | ErrorCode::InvalidCountry
            | ErrorCode::InvalidElection
            | ErrorCode::InvalidEmail
            | ErrorCode::InvalidEncoding
            | ErrorCode::InvalidForm
            | ErrorCode::InvalidIncident
            | ErrorCode::InvalidItem
            | ErrorCode::InvalidJson
            | ErrorCode::InvalidMajority
            | ErrorCode::InvalidName
            | ErrorCode::InvalidPath
            | ErrorCode::InvalidProxyCap
            | ErrorCode::InvalidQuery
            | ErrorCode::InvalidQuorum
            | ErrorCode::InvalidRemoteLink
            | ErrorCode::InvalidTime
            | ErrorCode::InvalidTitle
            | ErrorCode::NotADelegate
            | ErrorCode::OrganisationNotAllowed
            | ErrorCode::OrganisationRequired
            | ErrorCode::PasswordTooShort
            | ErrorCode::ReasonRequired
            | ErrorCode::UnknownLanguage
            | ErrorCode::NotAnOfficialLanguage
            | ErrorCode::NotATranslation
            | ErrorCode::UnknownMotionKind => &[StatusCode::BAD_REQUEST],
            ErrorCode::InvalidText | ErrorCode::OutOfRange => {
                &[StatusCode::BAD_REQUEST, StatusCode::UNPROCESSABLE_ENTITY]
            }
            ErrorCode::LoginFailed | ErrorCode::Unauthorized => &[StatusCode::UNAUTHORIZED],
            ErrorCode::AffiliateCannotVote
            | ErrorCode::AffiliatesOnly
            | ErrorCode::CsrfMismatch
            | ErrorCode::InPersonByDesk
            | ErrorCode::NotAVotingMember
            | ErrorCode::NotTheProposer
            | ErrorCode::NotYourOrganisation
            | ErrorCode::RepresentedByProxy
            | ErrorCode::RoleRequired
            | ErrorCode::SuspendedCannotVote => &[StatusCode::FORBIDDEN],
            ErrorCode::NotEligible => &[StatusCode::FORBIDDEN, StatusCode::UNPROCESSABLE_ENTITY],
            ErrorCode::MethodNotAllowed => &[StatusCode::METHOD_NOT_ALLOWED],
            ErrorCode::NotFound | ErrorCode::InvitationInvalid => &[StatusCode::NOT_FOUND],
            ErrorCode::BodyTimeout => &[StatusCode::REQUEST_TIMEOUT],
            ErrorCode::AgendaLocked
            | ErrorCode::AlreadyCheckedIn
            | ErrorCode::AlreadyOnTheList
            | ErrorCode::AlreadySeconded
            | ErrorCode::AlreadyVoted
            | ErrorCode::AlreadyVotedOnline
            | ErrorCode::AmbiguousCode
            | ErrorCode::AmendmentsFirst
            | ErrorCode::AnotherSession
            | ErrorCode::ApproveMinutes
            | ErrorCode::AssemblyClosed
            | ErrorCode::AssemblyLocked
            | ErrorCode::AttendanceClosed
            | ErrorCode::CannotAmend
            | ErrorCode::CountedInRoom
            | ErrorCode::Duplicate
            | ErrorCode::DuplicateCandidate
            | ErrorCode::DuplicateEmail
            | ErrorCode::DuplicateOrganisation
            | ErrorCode::ElectionComplete
            | ErrorCode::FloorTaken
            | ErrorCode::IllegalMotionMove
            | ErrorCode::IllegalTransition
            | ErrorCode::LanguageInUse
            | ErrorCode::LookalikeOrganisation
            | ErrorCode::MinutesApproved
            | ErrorCode::MinutesChanged
            | ErrorCode::ConvocationNotNow
            | ErrorCode::AccountInactive
            | ErrorCode::InvitationSpent
            | ErrorCode::NoticeOnItsWay
            | ErrorCode::MotionNotAdmitted
            | ErrorCode::TranslationsClosed
            | ErrorCode::NotATellersPoll
            | ErrorCode::NotCheckedIn
            | ErrorCode::NotClosed
            | ErrorCode::NotInSession
            | ErrorCode::NotSealed
            | ErrorCode::NotSubmitted
            | ErrorCode::OwnAccount
            | ErrorCode::OwnMotion
            | ErrorCode::PollAlreadyOpen
            | ErrorCode::PollClosed
            | ErrorCode::ProxyInOpenPoll
            | ErrorCode::ProxyNotLive
            | ErrorCode::ProxyUsed
            | ErrorCode::ReceiptRequired
            | ErrorCode::SpeakerState
            | ErrorCode::TellersAlreadyRecorded
            | ErrorCode::VotesStillOpen => &[StatusCode::CONFLICT],
            ErrorCode::AgendaItemElsewhere
            | ErrorCode::AgendaOrderMismatch
            | ErrorCode::ChairMustDecide
            | ErrorCode::InvalidRows
            | ErrorCode::InvalidSeats
            | ErrorCode::MixedScripts
            | ErrorCode::ModeNotAllowed
            | ErrorCode::MotionDeadlinePassed
            | ErrorCode::NotInRoom
            | ErrorCode::ProxyAffiliate
            | ErrorCode::ProxyAlreadyGiven
            | ErrorCode::ProxyCapReached
            | ErrorCode::ProxyChain
            | ErrorCode::ProxyGrantorPresent
            | ErrorCode::ProxySuspended
            | ErrorCode::ProxyToItself
            | ErrorCode::TellerCountMismatch
            | ErrorCode::TellerListedTwice
            | ErrorCode::TextTooLong
            | ErrorCode::TooFewSeconders
            | ErrorCode::TooManyCandidates
            | ErrorCode::UnknownReference => &[StatusCode::UNPROCESSABLE_ENTITY],
            ErrorCode::LoginRateLimited
            | ErrorCode::TooManyMotions
            | ErrorCode::TooManyOpinions
            | ErrorCode::TooManyProxies
            | ErrorCode::TooManySpeakerRequests
            | ErrorCode::TooManyStreams => &[StatusCode::TOO_MANY_REQUESTS],
            ErrorCode::CommitFailed | ErrorCode::InconsistentCount | ErrorCode::Internal => {
                &[StatusCode::INTERNAL_SERVER_ERROR]
            }
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseUnavailable | ErrorCode::StorageFull => {
                &[StatusCode::SERVICE_UNAVAILABLE]
            }
        }
    }
}

/// An error for a person and for a program.
#[derive(Debug)]
pub struct AppError {
    pub kind: ErrorKind,
    /// A stable machine code such as `already_voted`.
    pub code: ErrorCode,
    /// Boxed: messages carry their arguments, and errors travel by value.
    pub msg: Box<Msg>,
    /// What happened underneath, for the log only (never shown).
    pub source: Option<String>,
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn new(kind: ErrorKind, code: ErrorCode, msg: Msg) -> Self {
        AppError { kind, code, msg: Box::new(msg), source: None }
    }

    pub fn bad_request(code: ErrorCode, msg: Msg) -> Self {
        Self::new(ErrorKind::BadRequest, code, msg)
    }

    pub fn unauthorized(msg: Msg) -> Self {
        Self::new(ErrorKind::Unauthorized, ErrorCode::Unauthorized, msg)
    }

    pub fn forbidden(code: ErrorCode, msg: Msg) -> Self {
        Self::new(ErrorKind::Forbidden, code, msg)
    }

    /// A tag that names none of `offered`, the languages it could name.
    pub fn unknown_language(tag: &str, offered: &[crate::i18n::Lang]) -> Self {
        let tags: Vec<&str> = offered.iter().map(|l| l.tag()).collect();
        Self::bad_request(
            ErrorCode::UnknownLanguage,
            Msg::UnknownLanguage { tag: tag.to_string(), tags: tags.join(", ") },
        )
    }

    pub fn not_found(what: Msg) -> Self {
        Self::new(ErrorKind::NotFound, ErrorCode::NotFound, Msg::NotFound { what: Box::new(what) })
    }

    pub fn conflict(code: ErrorCode, msg: Msg) -> Self {
        Self::new(ErrorKind::Conflict, code, msg)
    }

    pub fn unprocessable(code: ErrorCode, msg: Msg) -> Self {
        Self::new(ErrorKind::Unprocessable, code, msg)
    }

    pub fn internal(source: impl fmt::Display) -> Self {
        AppError {
            source: Some(source.to_string()),
            ..Self::new(ErrorKind::Internal, ErrorCode::Internal, Msg::Internal)
        }
    }

    /// A shared commit that failed (`reason` is the database's own text):
    /// a full disk is named as such, anything else is ours.
    pub fn commit_failed(reason: String) -> Self {
        if storage_full(&reason) {
            Self::storage_full(reason)
        } else {
            Self::internal(reason).with_code(ErrorCode::CommitFailed)
        }
    }

    /// The disk under the database is full (`source`: the database's text).
    fn storage_full(source: String) -> Self {
        Self::unavailable(ErrorCode::StorageFull, Msg::StorageFull, source)
    }

    /// The database cannot serve the request now (503), for its reason.
    fn unavailable(code: ErrorCode, msg: Msg, source: String) -> Self {
        AppError { source: Some(source), ..Self::new(ErrorKind::Unavailable, code, msg) }
    }

    /// The database is not reachable (`source`: why, for the log).
    pub fn database_unavailable(source: String) -> Self {
        Self::unavailable(ErrorCode::DatabaseUnavailable, Msg::DatabaseUnavailable, source)
    }

    /// The same error with another machine code.
    pub fn with_code(mut self, code: ErrorCode) -> Self {
        self.code = code;
        self
    }

    /// The same error with another sentence.
    pub fn with_msg(mut self, msg: Msg) -> Self {
        self.msg = Box::new(msg);
        self
    }

    /// The message in the language of the request being answered
    /// (English outside a request: the CLI).
    pub fn message(&self) -> String {
        self.msg.here()
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Logs are read by the operator: always English.
        write!(f, "{}: {}", self.code, self.msg.en())?;
        if let Some(source) = &self.source {
            write!(f, " ({source})")?;
        }
        Ok(())
    }
}

impl std::error::Error for AppError {}

/// The JSON body of every error: `{"error": code, "message": sentence}`.
#[derive(Debug, Serialize)]
pub struct ErrorBody {
    pub error: ErrorCode,
    pub message: String,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        self.kind.status()
    }

    fn error_response(&self) -> HttpResponse {
        debug_assert!(
            self.code.statuses().contains(&self.status_code()),
            "{} is answered with {}, not one of its statuses {:?}",
            self.code,
            self.status_code(),
            self.code.statuses()
        );
        match self.kind {
            ErrorKind::Internal => tracing::error!(error = %self, "request failed"),
            // The operator has something to do (a full disk, a database down).
            ErrorKind::Unavailable => tracing::warn!(error = %self, "request refused"),
            _ => {}
        }
        HttpResponse::build(self.status_code()).json(ErrorBody { error: self.code, message: self.message() })
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match &e {
            Error::NotFound => AppError::not_found(crate::i18n::Msg::ThingRecord),
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => AppError {
                source: Some(e.to_string()),
                ..AppError::conflict(ErrorCode::Duplicate, Msg::DuplicateRecord)
            },
            Error::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => AppError {
                source: Some(e.to_string()),
                ..AppError::unprocessable(ErrorCode::UnknownReference, Msg::UnknownReference)
            },
            Error::DatabaseError(DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand, _) => {
                AppError::database_unavailable(e.to_string())
            }
            // PostgreSQL refuses NUL in text; the API refuses it before (body.rs),
            // a page's form reaches here.
            Error::DatabaseError(_, info) if info.message().contains("invalid byte sequence for encoding") => {
                AppError {
                    source: Some(e.to_string()),
                    ..AppError::unprocessable(ErrorCode::InvalidText, Msg::TextWithNul)
                }
            }
            Error::DatabaseError(_, info) if storage_full(info.message()) => AppError::storage_full(e.to_string()),
            Error::DatabaseError(_, info) if busy(info.message()) => {
                AppError::unavailable(ErrorCode::DatabaseBusy, Msg::DatabaseBusy, e.to_string())
            }
            _ => AppError::internal(e),
        }
    }
}

/// Whether a database error says the disk is full: SQLite's SQLITE_FULL
/// ("database or disk is full"), PostgreSQL's disk_full (53100: "could not
/// extend file ...: No space left on device").
fn storage_full(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("database or disk is full") || m.contains("no space left on device")
}

/// Whether a database error says it gave up waiting: SQLite's SQLITE_BUSY
/// after the busy timeout ("database is locked"), PostgreSQL's
/// `lock_timeout` and `statement_timeout` when an operator sets them.
fn busy(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("database is locked")
        || m.contains("canceling statement due to lock timeout")
        || m.contains("canceling statement due to statement timeout")
}

impl From<r2d2::Error> for AppError {
    fn from(e: r2d2::Error) -> Self {
        AppError::database_unavailable(e.to_string())
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        AppError::internal(e)
    }
}

/// A text refused by the rules of [`crate::domain::text`], as 422
/// `invalid_text` (a character), `invalid_name` (empty, too long) or
/// `mixed_scripts`, with a sentence naming the field.
pub fn text_error(field: Msg, problem: crate::domain::text::TextProblem) -> AppError {
    use crate::domain::text::{code_point, TextProblem};
    let field = Box::new(field);
    match problem {
        TextProblem::Forbidden(c) => {
            AppError::unprocessable(ErrorCode::InvalidText, Msg::TextForbiddenCharacter { field, code: code_point(c) })
        }
        TextProblem::Empty => AppError::unprocessable(ErrorCode::InvalidText, Msg::TextEmpty { field }),
        TextProblem::NoLetter => AppError::unprocessable(ErrorCode::InvalidText, Msg::NameNoLetter { field }),
        TextProblem::TooLong { max } => {
            AppError::unprocessable(ErrorCode::TextTooLong, Msg::TextTooLong { field, max: max.into() })
        }
        TextProblem::MixedScripts => AppError::unprocessable(ErrorCode::MixedScripts, Msg::NameMixedScripts { field }),
        TextProblem::StackedMarks { max } => {
            AppError::unprocessable(ErrorCode::InvalidText, Msg::TextStackedMarks { field, max: max.into() })
        }
        TextProblem::FormulaStart(c) => {
            AppError::unprocessable(ErrorCode::InvalidText, Msg::NameFormulaStart { field, first: c.to_string() })
        }
    }
}

/// Checks a text to be stored (a title is [`Shape::Line`](crate::domain::text::Shape),
/// a motion's text [`Shape::Lines`](crate::domain::text::Shape)): the one
/// check every path (API, pages, CSV, command line) goes through.
pub fn check_text(field: Msg, value: &str, shape: crate::domain::text::Shape, max: usize) -> AppResult<()> {
    crate::domain::text::check(value, shape, max).map_err(|p| text_error(field, p))
}

/// Checks a name (an organisation's, a candidate's) and returns it as
/// stored: see [`crate::domain::text::name`].
pub fn check_name(field: Msg, value: &str) -> AppResult<String> {
    crate::domain::text::name(value).map_err(|p| text_error(field, p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::result::{DatabaseErrorKind, Error};

    /// A code is spelt the same in the answer's JSON, in the ledger (its
    /// `Display`) and in the document; no two codes share a spelling.
    #[test]
    fn every_error_code_is_its_own_label() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{code:?} spelt twice");
            assert_eq!(serde_json::to_value(code).ok(), Some(serde_json::Value::from(code.as_str())), "{code:?}");
            assert_eq!(code.to_string(), code.as_str());
            assert_eq!(ErrorCode::parse(code.as_str()), Some(*code));
        }
        assert!(ErrorCode::ALL.len() > 100, "every code is listed: {}", ErrorCode::ALL.len());
    }

    /// Every code names the statuses it is answered with, all of them
    /// errors; the document lists the code under each.
    #[test]
    fn every_error_code_has_its_statuses() {
        for code in ErrorCode::ALL {
            let statuses = code.statuses();
            assert!(!statuses.is_empty(), "{code:?}");
            assert!(statuses.iter().all(|s| s.is_client_error() || s.is_server_error()), "{code:?}");
        }
        assert_eq!(ErrorCode::AlreadyVoted.statuses(), &[StatusCode::CONFLICT]);
        let ok = AppError::conflict(ErrorCode::AlreadyVoted, Msg::Internal).error_response();
        assert_eq!(ok.status(), StatusCode::CONFLICT);
    }

    /// A debug build refuses to answer a code with a status the document
    /// does not list for it.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "already_voted is answered with 400")]
    fn a_code_with_a_status_not_its_own_is_caught() {
        let _ = AppError::bad_request(ErrorCode::AlreadyVoted, Msg::Internal).error_response();
    }

    fn database_error(message: &str) -> Error {
        Error::DatabaseError(DatabaseErrorKind::Unknown, Box::new(message.to_string()))
    }

    #[test]
    fn a_full_disk_or_a_busy_database_is_named_as_such_on_either_database() {
        for (message, code, status) in [
            ("database or disk is full", "storage_full", 503),
            ("could not extend file \"base/16384/2619\": No space left on device", "storage_full", 503),
            ("invalid byte sequence for encoding \"UTF8\": 0x00", "invalid_text", 422),
            ("database is locked", "database_busy", 503),
            ("canceling statement due to lock timeout", "database_busy", 503),
            ("canceling statement due to statement timeout", "database_busy", 503),
            ("disk I/O error", "internal", 500),
            ("syntax error", "internal", 500),
        ] {
            let e = AppError::from(database_error(message));
            assert_eq!((e.code.as_str(), e.status_code().as_u16()), (code, status), "{message}");
        }
    }
}
