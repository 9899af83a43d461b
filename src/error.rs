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
            ErrorKind::Conflict => StatusCode::CONFLICT,
            ErrorKind::Unprocessable => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorKind::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// An error for a person and for a program.
#[derive(Debug)]
pub struct AppError {
    pub kind: ErrorKind,
    /// A stable machine code such as `already_voted`.
    pub code: &'static str,
    /// Boxed: messages carry their arguments, and errors travel by value.
    pub msg: Box<Msg>,
    /// What happened underneath, for the log only (never shown).
    pub source: Option<String>,
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn new(kind: ErrorKind, code: &'static str, msg: Msg) -> Self {
        AppError { kind, code, msg: Box::new(msg), source: None }
    }

    pub fn bad_request(code: &'static str, msg: Msg) -> Self {
        Self::new(ErrorKind::BadRequest, code, msg)
    }

    pub fn unauthorized(msg: Msg) -> Self {
        Self::new(ErrorKind::Unauthorized, "unauthorized", msg)
    }

    pub fn forbidden(code: &'static str, msg: Msg) -> Self {
        Self::new(ErrorKind::Forbidden, code, msg)
    }

    pub fn not_found(what: &str) -> Self {
        Self::new(ErrorKind::NotFound, "not_found", Msg::NotFound { what: what.to_string() })
    }

    pub fn conflict(code: &'static str, msg: Msg) -> Self {
        Self::new(ErrorKind::Conflict, code, msg)
    }

    pub fn unprocessable(code: &'static str, msg: Msg) -> Self {
        Self::new(ErrorKind::Unprocessable, code, msg)
    }

    pub fn internal(source: impl fmt::Display) -> Self {
        AppError { source: Some(source.to_string()), ..Self::new(ErrorKind::Internal, "internal", Msg::Internal) }
    }

    /// A shared commit that failed (`reason` is the database's own text):
    /// a full disk is named as such, anything else is ours.
    pub fn commit_failed(reason: String) -> Self {
        if storage_full(&reason) {
            Self::storage_full(reason)
        } else {
            Self::internal(reason).with_code("commit_failed")
        }
    }

    /// The disk under the database is full (`source`: the database's text).
    fn storage_full(source: String) -> Self {
        Self::unavailable("storage_full", Msg::StorageFull, source)
    }

    /// The database cannot serve the request now (503), for its reason.
    fn unavailable(code: &'static str, msg: Msg, source: String) -> Self {
        AppError { source: Some(source), ..Self::new(ErrorKind::Unavailable, code, msg) }
    }

    /// The database is not reachable (`source`: why, for the log).
    pub fn database_unavailable(source: String) -> Self {
        Self::unavailable("database_unavailable", Msg::DatabaseUnavailable, source)
    }

    /// The same error with another machine code.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }

    /// The same error with another sentence.
    pub fn with_msg(mut self, msg: Msg) -> Self {
        self.msg = Box::new(msg);
        self
    }

    /// The message in English.
    pub fn message(&self) -> String {
        self.msg.en()
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message())?;
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
    pub error: &'static str,
    pub message: String,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        self.kind.status()
    }

    fn error_response(&self) -> HttpResponse {
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
            Error::NotFound => AppError::not_found("record"),
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => AppError {
                source: Some(e.to_string()),
                ..AppError::conflict("duplicate", Msg::Duplicate { what: "This record".into() })
            },
            Error::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => AppError {
                source: Some(e.to_string()),
                ..AppError::unprocessable("unknown_reference", Msg::UnknownReference)
            },
            Error::DatabaseError(DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand, _) => {
                AppError::database_unavailable(e.to_string())
            }
            // PostgreSQL refuses NUL in text; the API refuses it before (body.rs),
            // a page's form reaches here.
            Error::DatabaseError(_, info) if info.message().contains("invalid byte sequence for encoding") => {
                AppError { source: Some(e.to_string()), ..AppError::unprocessable("invalid_text", Msg::TextWithNul) }
            }
            Error::DatabaseError(_, info) if storage_full(info.message()) => AppError::storage_full(e.to_string()),
            Error::DatabaseError(_, info) if busy(info.message()) => {
                AppError::unavailable("database_busy", Msg::DatabaseBusy, e.to_string())
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
pub fn text_error(field: &str, problem: crate::domain::text::TextProblem) -> AppError {
    use crate::domain::text::{code_point, TextProblem};
    let field = field.to_string();
    match problem {
        TextProblem::Forbidden(c) => {
            AppError::unprocessable("invalid_text", Msg::TextForbiddenCharacter { field, code: code_point(c) })
        }
        TextProblem::Empty => AppError::unprocessable("invalid_text", Msg::TextEmpty { field }),
        TextProblem::NoLetter => AppError::unprocessable("invalid_text", Msg::NameNoLetter { field }),
        TextProblem::TooLong { max } => {
            AppError::unprocessable("text_too_long", Msg::TextTooLong { field, max: max.to_string() })
        }
        TextProblem::MixedScripts => AppError::unprocessable("mixed_scripts", Msg::NameMixedScripts { field }),
        TextProblem::StackedMarks { max } => {
            AppError::unprocessable("invalid_text", Msg::TextStackedMarks { field, max: max.to_string() })
        }
        TextProblem::FormulaStart(c) => {
            AppError::unprocessable("invalid_text", Msg::NameFormulaStart { field, first: c.to_string() })
        }
    }
}

/// Checks a text to be stored (a title is [`Shape::Line`](crate::domain::text::Shape),
/// a motion's text [`Shape::Lines`](crate::domain::text::Shape)): the one
/// check every path (API, pages, CSV, command line) goes through.
pub fn check_text(field: &str, value: &str, shape: crate::domain::text::Shape, max: usize) -> AppResult<()> {
    crate::domain::text::check(value, shape, max).map_err(|p| text_error(field, p))
}

/// Checks a name (an organisation's, a candidate's) and returns it as
/// stored: see [`crate::domain::text::name`].
pub fn check_name(field: &str, value: &str) -> AppResult<String> {
    crate::domain::text::name(value).map_err(|p| text_error(field, p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::result::{DatabaseErrorKind, Error};

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
            assert_eq!((e.code, e.status_code().as_u16()), (code, status), "{message}");
        }
    }
}
