//! Bulk setup for load tests and large networks: many delegates sharing one
//! password hash (argon2 is meant to cost; hashing ten thousand passwords
//! would measure argon2, not plenum), and their sessions opened in one
//! transaction. Everything is audited like the one-by-one paths.

use super::accounts::{hash_password, insert_account, NewAccountInput};
use super::auth::{random_token, secret_hash};
use super::{record, Services};
use crate::audit::Actor;
use crate::domain::role::Role;
use crate::error::AppResult;
use crate::store::rows::NewSession;
use crate::store::schema::sessions;
use crate::store::DbConn;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde_json::json;

/// A delegate made in bulk: its account, organisation and API token.
#[derive(Debug, Clone)]
pub struct PreparedDelegate {
    pub account_id: i64,
    pub organisation_id: i64,
    pub email: String,
    pub token: String,
}

/// Opens a session for an account without a password, audited.
fn open_session(conn: &mut DbConn, now: NaiveDateTime, ttl: Duration, account: i64) -> AppResult<String> {
    let token = random_token().0;
    let id: i64 = diesel::insert_into(sessions::table)
        .values(NewSession {
            account_id: account,
            token_hash: &secret_hash(&token),
            csrf_token: &random_token().0,
            created_at: now,
            expires_at: now + ttl,
            address: None,
        })
        .returning(sessions::id)
        .get_result(conn)?;
    record(
        conn,
        now,
        &Actor::Account(account),
        "session.started",
        format!("account:{account}"),
        json!({"session": id, "address": "prepared"}),
    )?;
    Ok(token)
}

impl Services {
    /// Sessions for existing accounts (the command line's own use), one
    /// API token each.
    pub fn prepare_sessions_for(&self, accounts: &[i64]) -> AppResult<Vec<String>> {
        let ttl = Duration::hours(self.settings.session_ttl_hours);
        self.write(|conn, now| accounts.iter().map(|a| open_session(conn, now, ttl, *a)).collect())
    }

    /// One delegate per organisation, `email` from a pattern (`{i}` is the
    /// organisation's id), all with `password`, each with an open session.
    pub fn prepare_delegates(&self, organisations: &[i64], password: &str) -> AppResult<Vec<PreparedDelegate>> {
        let hash = hash_password(self.settings.max_concurrent_password_hashes, password)?;
        let ttl = Duration::hours(self.settings.session_ttl_hours);
        let actor = Actor::System("load");
        self.write(|conn, now| {
            let mut out = Vec::with_capacity(organisations.len());
            for org in organisations {
                let input = NewAccountInput {
                    email: format!("delegate-{org}@load.plenum.eu"),
                    name: format!("Delegate of organisation {org}"),
                    password: String::new(),
                    role: Role::Delegate,
                    organisation_id: Some(*org),
                };
                let account = insert_account(conn, now, &actor, &input, &hash)?;
                let token = open_session(conn, now, ttl, account.id)?;
                out.push(PreparedDelegate {
                    account_id: account.id,
                    organisation_id: *org,
                    email: account.email,
                    token,
                });
            }
            Ok(out)
        })
    }
}
