//! Invitations: a one-time link by e-mail to choose a password, for a new
//! account or one whose holder lost theirs. No password travels by e-mail:
//! the link carries a random token (128 bits) of which only the SHA-256 is
//! kept; it works once, until it expires, and a newer link for the same
//! account revokes it. The message waits in the outbox with the link kept
//! apart and erased once sent (`service::notices`).

use super::auth::{random_token, secret_hash};
use super::notices::{enqueue, Addressee};
use super::{record, Caller, Services};
use crate::audit::event::{AccountInvited, Event, PasswordSet};
use crate::domain::outbox::NoticeKind;
use crate::domain::role::Role;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::i18n::{Lang, Msg};
use crate::mail::compose::{self, Invitation};
use crate::store::rows::Account;
use crate::store::schema::{account_tokens, accounts, organisations, sessions};
use crate::store::DbConn;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

/// An invitation put in the outbox.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InvitationView {
    pub account_id: i64,
    /// The message in the outbox.
    pub notice: i64,
    /// Until when the link works.
    pub expires_at: String,
}

/// Whom a valid link is for, as its page greets them.
#[derive(Debug, Clone)]
pub struct Welcome {
    pub name: String,
    pub email: String,
}

impl Services {
    /// Sends an account a one-time link to choose its password
    /// (secretariat). Earlier links of the account stop working.
    pub fn invite(&self, caller: &Caller, account_id: i64) -> AppResult<InvitationView> {
        caller.require(&[Role::Secretariat])?;
        let token = random_token().0;
        let link = format!("{}/welcome/{token}", self.settings.public_url.trim_end_matches('/'));
        let token_hash = secret_hash(&token);
        let valid = Duration::days(self.settings.invitation_valid_days);
        let fallback = self.settings.default_lang();
        let domain = crate::mail::sender_domain(&self.settings);
        self.write(|conn, now| {
            let a = account(conn, account_id)?;
            if !a.active {
                return Err(AppError::conflict(ErrorCode::AccountInactive, Msg::AccountInactive));
            }
            let revoked = diesel::update(
                account_tokens::table
                    .filter(account_tokens::account_id.eq(account_id))
                    .filter(account_tokens::used_at.is_null())
                    .filter(account_tokens::revoked_at.is_null()),
            )
            .set(account_tokens::revoked_at.eq(Some(now)))
            .execute(conn)?;
            let expires_at = now + valid;
            diesel::insert_into(account_tokens::table)
                .values((
                    account_tokens::account_id.eq(account_id),
                    account_tokens::token_hash.eq(&token_hash),
                    account_tokens::created_at.eq(now),
                    account_tokens::expires_at.eq(expires_at),
                ))
                .execute(conn)?;
            let organisation: Option<String> = match a.organisation_id {
                Some(id) => Some(organisations::table.find(id).select(organisations::name).first(conn)?),
                None => None,
            };
            let language = a.language.as_deref().and_then(Lang::from_tag).unwrap_or(fallback);
            let words =
                Invitation { name: a.name.clone(), email: a.email.clone(), organisation, role: a.role, expires_at };
            let composed = compose::invitation(&words, language);
            let to = Addressee { account_id, address: &a.email, language };
            let notice = enqueue(conn, now, NoticeKind::Invitation, None, &to, &composed, Some(&link), &domain)?;
            let expires = super::api_time(expires_at);
            record(
                conn,
                now,
                &caller.actor(),
                format!("account:{account_id}"),
                Event::AccountInvited(AccountInvited { notice, expires_at: expires.clone(), revoked: revoked as u64 }),
            )?;
            Ok(InvitationView { account_id, notice, expires_at: expires })
        })
    }

    /// Whom a one-time link is for, if it still works (anyone holding it).
    pub fn welcome(&self, token: &str) -> AppResult<Welcome> {
        let now = self.clock.now();
        let hash = secret_hash(token);
        self.read(|conn| {
            let (_, a) = live_token(conn, &hash, now)?;
            Ok(Welcome { name: a.name, email: a.email })
        })
    }

    /// Sets the password a one-time link's holder chose, spending the link;
    /// the account's sessions end. A link used, revoked, expired, or of a
    /// disabled account is refused, the same way whichever it is.
    pub fn accept_invitation(&self, token: &str, password: &str) -> AppResult<()> {
        if password.chars().count() < super::accounts::MIN_PASSWORD_LEN {
            return Err(AppError::bad_request(ErrorCode::PasswordTooShort, Msg::PasswordTooShort));
        }
        let hash = secret_hash(token);
        // Hashed before the write, as every password: two uses of one link
        // at once both hash, and the write lets one through.
        let password_hash = super::accounts::hash_password(self.settings.max_concurrent_password_hashes, password)?;
        self.write(|conn, now| {
            let (id, a) = live_token(conn, &hash, now)?;
            diesel::update(account_tokens::table.find(id)).set(account_tokens::used_at.eq(Some(now))).execute(conn)?;
            diesel::update(accounts::table.find(a.id)).set(accounts::password_hash.eq(&password_hash)).execute(conn)?;
            let ended = diesel::delete(sessions::table.filter(sessions::account_id.eq(a.id))).execute(conn)?;
            record(
                conn,
                now,
                &crate::audit::Actor::Account(a.id),
                format!("account:{}", a.id),
                Event::AccountPasswordSet(PasswordSet { sessions_ended: ended as u64, via: Some("invitation".into()) }),
            )
        })
    }
}

fn account(conn: &mut DbConn, id: i64) -> AppResult<Account> {
    accounts::table
        .find(id)
        .select(Account::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(Msg::ThingAccount))
}

/// The token row's id and its account, for a link that still works.
fn live_token(conn: &mut DbConn, hash: &str, now: NaiveDateTime) -> AppResult<(i64, Account)> {
    let found: Option<(i64, i64)> = account_tokens::table
        .filter(account_tokens::token_hash.eq(hash))
        .filter(account_tokens::used_at.is_null())
        .filter(account_tokens::revoked_at.is_null())
        .filter(account_tokens::expires_at.gt(now))
        .select((account_tokens::id, account_tokens::account_id))
        .first(conn)
        .optional()?;
    let dead =
        || AppError::new(crate::error::ErrorKind::NotFound, ErrorCode::InvitationInvalid, Msg::InvitationInvalid);
    let (id, account_id) = found.ok_or_else(dead)?;
    let a = account(conn, account_id)?;
    if !a.active {
        return Err(dead());
    }
    Ok((id, a))
}
