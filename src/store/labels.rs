//! The domain's labelled enums (states, kinds, modes, choices) stored as
//! their labels in text columns and read back as the enums themselves: a
//! row holds a `PollState`, never a string for each reader to parse. A
//! label the binary does not know is a read error ("unexpected stored
//! label"), as a corrupt row should be. The domain stays free of diesel:
//! the impls live here, for SQLite, PostgreSQL and the connection that
//! is either.

use super::MultiBackend;
use crate::domain::assembly::{AgendaKind, AssemblyFormat, AssemblyKind, AssemblyState, AttendanceMode};
use crate::domain::majority::{Base, Outcome, TieRule};
use crate::domain::motion::MotionState;
use crate::domain::organisation::{OrgKind, OrgStatus};
use crate::domain::outbox::{NoticeKind, OutboxState};
use crate::domain::poll::{BallotType, Choice, PollState};
use crate::domain::role::Role;
use crate::domain::speakers::SpeakerState;
use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::pg::Pg;
use diesel::serialize::{self, IsNull, Output, ToSql};
use diesel::sql_types::Text;
use diesel::sqlite::Sqlite;

/// Reads a label into its enum, or says which label was not known.
fn known<T>(label: String, parse: fn(&str) -> Option<T>) -> deserialize::Result<T> {
    parse(&label).ok_or_else(|| format!("unexpected stored label {label:?}").into())
}

macro_rules! stored_as_label {
    ($($ty:ident),* $(,)?) => {$(
        const _: () = {
            // Diesel's own derives, for a type defined in the domain: the
            // enum binds as text and reads from a row.
            #[derive(diesel::AsExpression, diesel::FromSqlRow)]
            #[diesel(foreign_derive, sql_type = Text)]
            #[allow(dead_code)]
            struct Stored($ty);
        };

        impl ToSql<Text, Sqlite> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
                out.set_value(self.as_str());
                Ok(IsNull::No)
            }
        }

        impl ToSql<Text, Pg> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
                <str as ToSql<Text, Pg>>::to_sql(self.as_str(), out)
            }
        }

        impl ToSql<Text, MultiBackend> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
                out.set_value((Text, self));
                Ok(IsNull::No)
            }
        }

        impl FromSql<Text, Sqlite> for $ty {
            fn from_sql(bytes: <Sqlite as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                known(<String as FromSql<Text, Sqlite>>::from_sql(bytes)?, $ty::parse)
            }
        }

        impl FromSql<Text, Pg> for $ty {
            fn from_sql(bytes: <Pg as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                known(<String as FromSql<Text, Pg>>::from_sql(bytes)?, $ty::parse)
            }
        }

        impl FromSql<Text, MultiBackend> for $ty {
            fn from_sql(bytes: <MultiBackend as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                bytes.from_sql::<$ty, Text>()
            }
        }
    )*};
}

stored_as_label!(
    AssemblyState,
    AssemblyKind,
    AssemblyFormat,
    AttendanceMode,
    AgendaKind,
    Base,
    TieRule,
    Outcome,
    MotionState,
    OrgKind,
    OrgStatus,
    BallotType,
    PollState,
    Choice,
    Role,
    SpeakerState,
    NoticeKind,
    OutboxState,
);
