//! Logins and server-side sessions. A session token is 128 random bits; only
//! its SHA-256 is stored. Failed logins are rate limited per account and
//! address, and per address, in the database (so it holds across instances),
//! each attempt reserved before its password is hashed.

use super::accounts::{verify_password, AccountView};
use super::{record, Caller, Services};
use crate::audit::event::{kinds, Event, SessionEnded, SessionStarted};
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult, ErrorKind};
use crate::i18n::Msg;
use crate::store::rows::{Account, NewSession, Session};
use crate::store::schema::{accounts, audit_events, login_failures, server_secrets, sessions};
use crate::store::DbConn;
use chrono::Duration;
use diesel::prelude::*;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::fmt;

/// A secret handed to a client; `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(pub String);

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

/// 128 random bits as 32 hex characters.
pub fn random_token() -> Token {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    Token(hex::encode(bytes))
}

/// The SHA-256 of a secret, as hex: what the database keeps.
pub fn secret_hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// A secret shared by every instance on the database, under its own
/// `name`: made (random, 256 bits) by the first that needs it. Call it in a
/// write transaction: writes are serialised (on both backends, across
/// instances), so the first to find none makes it and every later one
/// reads it.
pub(crate) fn server_secret(conn: &mut DbConn, name: &str) -> AppResult<[u8; 32]> {
    let found: Option<String> =
        server_secrets::table.find(name).select(server_secrets::secret).first(conn).optional()?;
    let stored = match found {
        Some(found) => found,
        None => {
            let mut fresh = [0u8; 32];
            rand::rngs::OsRng.fill_bytes(&mut fresh);
            let fresh = hex::encode(fresh);
            diesel::insert_into(server_secrets::table)
                .values((server_secrets::name.eq(name), server_secrets::secret.eq(&fresh)))
                .execute(conn)?;
            fresh
        }
    };
    let bytes = hex::decode(&stored).map_err(|_| AppError::internal(format!("the server secret {name} is not hex")))?;
    bytes.try_into().map_err(|_| AppError::internal(format!("the server secret {name} is not 256 bits")))
}

/// An e-mail address as accounts keep it: trimmed, lower case.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// What the ledger records of an e-mail address: HMAC-SHA256 (hex) of the
/// normalised address under the instance's own `email_digest` secret (not
/// the login form's key). Whoever holds the secret can tell which address
/// an account was created with; an auditor reading the ledger sees none,
/// and cannot test guesses without the secret.
pub(crate) fn email_digest(conn: &mut DbConn, email: &str) -> AppResult<String> {
    use hmac::{Hmac, Mac};
    let key = server_secret(conn, "email_digest")?;
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).map_err(AppError::internal)?;
    mac.update(normalise_email(email).as_bytes());
    Ok(hex::encode(mac.finalize().into_bytes()))
}

/// A new session.
#[derive(Debug)]
pub struct LoggedIn {
    pub token: Token,
    pub csrf: String,
    pub account: AccountView,
}

/// The session behind a request.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub caller: Caller,
    pub session_id: i64,
    pub csrf: String,
}

/// A PHC string for a password nobody has, so unknown emails cost as much
/// time as known ones.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2yP0cQ0YQ4Ky6D7d1nyQ4fA3i0yJ8y7yFPpJ9bV8xXk";

impl Services {
    /// Logs in with email and password from `address`. Replaces the session
    /// `previous` (rotation) when one is given.
    ///
    /// The attempt is reserved before its password is hashed: in one write
    /// transaction (serialised on both backends, across instances) the
    /// failures in the window are counted and, if the limits allow one
    /// more, a failure is recorded at once. A wrong password leaves it; the
    /// right one removes it with the account's other failures from this
    /// address. Of many simultaneous attempts, at most the limit are thus
    /// hashed, and the rest are refused at once, the right password too.
    pub fn login(&self, email: &str, password: &str, address: &str, previous: Option<&str>) -> AppResult<LoggedIn> {
        let email = normalise_email(email);
        let s = &self.settings;
        // IPv6 counted by its /64, where the session and the log keep the address.
        let counted = crate::domain::client::limit_key(address);
        // The account is counted by the SHA-256 of what was typed: people
        // type their password in the email field, and the row is kept.
        let account_key = secret_hash(&email);
        self.reserve_login_attempt(&account_key, &counted)?;
        let account = self.read_one(|conn| {
            Ok(accounts::table
                .filter(accounts::email.eq(&email))
                .filter(accounts::active.eq(true))
                .select(Account::as_select())
                .first(conn)
                .optional()?)
        })?;
        let cap = s.max_concurrent_password_hashes;
        let verified = match &account {
            Some(a) => verify_password(cap, password, &a.password_hash),
            None => {
                verify_password(cap, password, DUMMY_HASH);
                false
            }
        };
        let Some(account) = account.filter(|_| verified) else {
            return Err(AppError::unauthorized(Msg::LoginFailed).with_code(ErrorCode::LoginFailed));
        };
        let token = random_token();
        let csrf = random_token().0;
        let ttl = Duration::hours(s.session_ttl_hours);
        let view = AccountView::from_row(&account)?;
        self.write(|conn, now| {
            if let Some(old) = previous {
                diesel::delete(sessions::table.filter(sessions::token_hash.eq(secret_hash(old)))).execute(conn)?;
            }
            let id: i64 = diesel::insert_into(sessions::table)
                .values(NewSession {
                    account_id: account.id,
                    token_hash: &secret_hash(&token.0),
                    csrf_token: &csrf,
                    created_at: now,
                    expires_at: now + ttl,
                    address: Some(address),
                })
                .returning(sessions::id)
                .get_result(conn)?;
            diesel::delete(
                login_failures::table
                    .filter(login_failures::account_key.eq(&account_key))
                    .filter(login_failures::address.eq(&counted)),
            )
            .execute(conn)?;
            record(
                conn,
                now,
                &crate::audit::Actor::Account(account.id),
                format!("account:{}", account.id),
                Event::SessionStarted(SessionStarted { session: id, address: None }),
            )
        })?;
        Ok(LoggedIn { token, csrf, account: view })
    }

    /// Counts the failures of `account_key` from `address`, and of `address`, in
    /// the window and, within the limits, records this attempt as a failure
    /// before it is tried; beyond them, refuses it (429). Failures past the
    /// window are deleted on the way.
    fn reserve_login_attempt(&self, account_key: &str, address: &str) -> AppResult<()> {
        let s = &self.settings;
        let since = self.clock.now() - Duration::seconds(s.login_window_seconds);
        self.write(|conn, now| {
            // What no longer counts is not kept.
            diesel::delete(login_failures::table.filter(login_failures::at.le(since))).execute(conn)?;
            let by_pair: i64 = login_failures::table
                .filter(login_failures::account_key.eq(account_key))
                .filter(login_failures::address.eq(address))
                .filter(login_failures::at.gt(since))
                .count()
                .get_result(conn)?;
            let by_address: i64 = login_failures::table
                .filter(login_failures::address.eq(address))
                .filter(login_failures::at.gt(since))
                .count()
                .get_result(conn)?;
            if by_pair >= s.login_max_failures_per_account_and_address || by_address >= s.login_max_failures_per_address
            {
                return Err(AppError::new(
                    ErrorKind::TooManyRequests,
                    ErrorCode::LoginRateLimited,
                    Msg::LoginRateLimited,
                ));
            }
            diesel::insert_into(login_failures::table)
                .values((
                    login_failures::account_key.eq(account_key),
                    login_failures::address.eq(address),
                    login_failures::at.eq(now),
                ))
                .execute(conn)?;
            Ok(())
        })
    }

    /// The key the login form's token is signed with, shared by every
    /// instance on the database: made (random, 256 bits) by the first that
    /// needs it.
    pub fn login_form_key(&self) -> AppResult<[u8; 32]> {
        self.write(|conn, _| server_secret(conn, "login_form"))
    }

    /// Of `watched` sessions, those that have ended (logged out, replaced,
    /// expired, or their account disabled). Unless `always`, it looks only
    /// if the ledger recorded, after `since`, an event that can end one
    /// (`session.ended`, `session.started`, which may replace one, or
    /// `account.disabled`); otherwise none has ended but by expiry.
    pub fn ended_sessions(&self, since: i64, watched: &[i64], always: bool) -> AppResult<Vec<i64>> {
        if watched.is_empty() {
            return Ok(Vec::new());
        }
        let now = self.clock.now();
        self.read(|conn| {
            if !always {
                let ending =
                    [kinds::SESSION_ENDED, kinds::SESSION_STARTED, kinds::ACCOUNT_DISABLED, kinds::DISPLAY_REVOKED];
                let relevant: i64 = audit_events::table
                    .filter(audit_events::seq.gt(since))
                    .filter(audit_events::kind.eq_any(ending))
                    .count()
                    .get_result(conn)?;
                if relevant == 0 {
                    return Ok(Vec::new());
                }
            }
            // Display links watch under negative keys (`displays::stream_key`).
            let (displays, watched): (Vec<i64>, Vec<i64>) = watched.iter().partition(|k| **k < 0);
            let mut ended = super::displays::revoked(conn, &displays)?;
            let mut live = std::collections::HashSet::new();
            for chunk in watched.chunks(5_000) {
                let ids: Vec<i64> = sessions::table
                    .inner_join(accounts::table)
                    .filter(sessions::id.eq_any(chunk))
                    .filter(sessions::expires_at.gt(now))
                    .filter(accounts::active.eq(true))
                    .select(sessions::id)
                    .load(conn)?;
                live.extend(ids);
            }
            ended.extend(watched.iter().copied().filter(|id| !live.contains(id)));
            Ok(ended)
        })
    }

    /// The session and caller behind a token, if the session is live.
    pub fn authenticate(&self, token: &str) -> AppResult<Authenticated> {
        let now = self.clock.now();
        let found = self.read_one(|conn| {
            Ok(sessions::table
                .inner_join(accounts::table)
                .filter(sessions::token_hash.eq(secret_hash(token)))
                .filter(sessions::expires_at.gt(now))
                .filter(accounts::active.eq(true))
                .select((Session::as_select(), Account::as_select()))
                .first::<(Session, Account)>(conn)
                .optional()?)
        })?;
        let (session, account) = found.ok_or_else(|| AppError::unauthorized(Msg::SessionExpired))?;
        Ok(Authenticated {
            caller: Caller {
                account_id: account.id,
                name: account.name,
                email: account.email,
                role: account.role,
                organisation_id: account.organisation_id,
                language: account.language.as_deref().and_then(crate::i18n::Lang::from_tag),
            },
            session_id: session.id,
            csrf: session.csrf_token,
        })
    }

    /// Ends a session.
    pub fn logout(&self, auth: &Authenticated) -> AppResult<()> {
        self.write(|conn, now| {
            diesel::delete(sessions::table.find(auth.session_id)).execute(conn)?;
            record(
                conn,
                now,
                &auth.caller.actor(),
                format!("account:{}", auth.caller.account_id),
                Event::SessionEnded(SessionEnded { session: auth.session_id }),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_128_random_bits() {
        let a = random_token();
        let b = random_token();
        assert_eq!(a.0.len(), 32);
        assert_ne!(a, b);
        assert_eq!(format!("{a:?}"), "Token(<redacted>)");
        assert_eq!(secret_hash("x").len(), 64);
    }

    #[test]
    fn the_dummy_hash_is_a_valid_phc_string() {
        assert!(argon2::password_hash::PasswordHash::new(DUMMY_HASH).is_ok());
    }
}
