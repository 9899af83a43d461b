//! The domain's ids (`domain/ids.rs`) stored as the `BIGINT` they are, on
//! SQLite, PostgreSQL and the connection that is either: a row holds a
//! `PollId`, and a query takes one wherever it takes an `i64` column.

use super::MultiBackend;
use crate::domain::ids::{AssemblyId, ElectionId, MotionId, OrganisationId, PollId, RoundId};
use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::pg::Pg;
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::BigInt;
use diesel::sqlite::Sqlite;

macro_rules! stored_as_bigint {
    ($($ty:ident),* $(,)?) => {$(
        const _: () = {
            // Diesel's own derives, for a type defined in the domain.
            #[derive(diesel::AsExpression, diesel::FromSqlRow)]
            #[diesel(foreign_derive, sql_type = BigInt)]
            #[allow(dead_code)]
            struct Stored($ty);
        };

        impl ToSql<BigInt, Sqlite> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
                <i64 as ToSql<BigInt, Sqlite>>::to_sql(&self.0, out)
            }
        }

        impl ToSql<BigInt, Pg> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
                <i64 as ToSql<BigInt, Pg>>::to_sql(&self.0, out)
            }
        }

        impl ToSql<BigInt, MultiBackend> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
                out.set_value((BigInt, &self.0));
                Ok(serialize::IsNull::No)
            }
        }

        impl FromSql<BigInt, Sqlite> for $ty {
            fn from_sql(bytes: <Sqlite as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                <i64 as FromSql<BigInt, Sqlite>>::from_sql(bytes).map($ty)
            }
        }

        impl FromSql<BigInt, Pg> for $ty {
            fn from_sql(bytes: <Pg as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                <i64 as FromSql<BigInt, Pg>>::from_sql(bytes).map($ty)
            }
        }

        impl FromSql<BigInt, MultiBackend> for $ty {
            fn from_sql(bytes: <MultiBackend as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                bytes.from_sql::<$ty, BigInt>()
            }
        }
    )*};
}

stored_as_bigint!(PollId, RoundId, OrganisationId, MotionId, AssemblyId, ElectionId);
