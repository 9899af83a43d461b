//! Accounts and their passwords (argon2id).

use super::{organisations, record, Caller, Services};
use crate::audit::event::{AccountCreated, AccountDisabled, Empty, Event, LanguageSet, PasswordSet, Renamed};
use crate::audit::Actor;
use crate::domain::role::Role;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
pub use crate::input::{AccountChange, NewAccountInput, Replacement};
use crate::store::rows::{Account, NewAccount};
use crate::store::schema::{accounts, sessions};
use crate::store::DbConn;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use std::sync::{Mutex, OnceLock};

/// OWASP's argon2id parameters: 19 MiB, 2 passes, 1 lane.
pub const ARGON2_M_KIB: u32 = 19_456;
pub const ARGON2_T: u32 = 2;
pub const ARGON2_P: u32 = 1;

/// The shortest password accepted.
pub const MIN_PASSWORD_LEN: usize = 10;

fn argon2() -> AppResult<Argon2<'static>> {
    let params = Params::new(ARGON2_M_KIB, ARGON2_T, ARGON2_P, None).map_err(AppError::internal)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// A job for the hashing threads.
type HashJob = Box<dyn FnOnce() + Send>;

/// The threads that hash: at most `cap` hashes at once (each holds 19 MiB
/// and a core), and always on the same few threads, so the allocator keeps
/// that memory in a few arenas rather than one per request thread (which
/// had a server with many login threads hold a gigabyte and more).
struct Hashers {
    queue: Mutex<std::sync::mpsc::Sender<HashJob>>,
}

fn hashers(cap: usize) -> &'static Hashers {
    static HASHERS: OnceLock<Hashers> = OnceLock::new();
    HASHERS.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel::<HashJob>();
        let rx = std::sync::Arc::new(Mutex::new(rx));
        for n in 0..cap.max(1) {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new().name(format!("plenum-argon2-{n}")).spawn(move || loop {
                let job = match rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => return,
                };
                match job {
                    Ok(job) => job(),
                    Err(_) => return,
                }
            });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "cannot start a hashing thread");
            }
        }
        Hashers { queue: Mutex::new(tx) }
    })
}

/// Runs `f` on the hashing threads and waits for it; `None` if they are gone.
fn gated<T: Send + 'static>(cap: usize, f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (reply, answer) = std::sync::mpsc::sync_channel(1);
    let job: HashJob = Box::new(move || {
        let _ = reply.send(f());
    });
    hashers(cap).queue.lock().ok()?.send(job).ok()?;
    answer.recv().ok()
}

/// Hashes a password with argon2id and a random salt (PHC string).
pub fn hash_password(cap: usize, password: &str) -> AppResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    let argon = argon2()?;
    let password = password.to_string();
    gated(cap, move || argon.hash_password(password.as_bytes(), &salt).map(|h| h.to_string()))
        .ok_or_else(|| AppError::internal("the hashing threads are gone"))?
        .map_err(AppError::internal)
}

/// Checks a password against a stored PHC string.
pub fn verify_password(cap: usize, password: &str, phc: &str) -> bool {
    let Ok(argon) = argon2() else { return false };
    let (password, phc) = (password.to_string(), phc.to_string());
    gated(cap, move || {
        PasswordHash::new(&phc).is_ok_and(|parsed| argon.verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .unwrap_or(false)
}

/// What the API and pages show of an account (never its hash).
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct AccountView {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub active: bool,
}

impl AccountView {
    pub fn from_row(a: &Account) -> AppResult<Self> {
        Ok(AccountView {
            id: a.id,
            email: a.email.clone(),
            name: a.name.clone(),
            role: a.role,
            organisation_id: a.organisation_id,
            active: a.active,
        })
    }
}

/// Checks the input, then hashes outside any transaction.
fn prepare(services: &Services, input: &NewAccountInput) -> AppResult<String> {
    let email = input.email.trim();
    // Something on each side of the `@` (an outside review made `@x.eu`
    // from a no-break space before it, which the trim removed).
    let parts = email.rsplit_once('@').filter(|(local, domain)| !local.trim().is_empty() && !domain.trim().is_empty());
    if parts.is_none() || email.len() > 254 {
        return Err(AppError::bad_request(ErrorCode::InvalidEmail, Msg::EmailInvalid));
    }
    if input.name.trim().is_empty() {
        return Err(AppError::bad_request(ErrorCode::InvalidName, Msg::TextEmpty { field: Box::new(Msg::FieldName) }));
    }
    crate::error::check_text(Msg::FieldName, input.name.trim(), crate::domain::text::Shape::Line, 200)?;
    crate::error::check_text(Msg::FieldEmail, email, crate::domain::text::Shape::Line, 254)?;
    match (input.role.needs_organisation(), input.organisation_id) {
        (true, None) => return Err(AppError::bad_request(ErrorCode::OrganisationRequired, Msg::OrganisationRequired)),
        (false, Some(_)) => {
            return Err(AppError::bad_request(
                ErrorCode::OrganisationNotAllowed,
                Msg::OrganisationNotAllowed { role: crate::i18n::role_label(input.role).into() },
            ))
        }
        _ => {}
    }
    // No password yet: the hash of one nobody knows (a login costs the same
    // as any other and never succeeds) until the holder chooses theirs
    // through an invitation.
    let password = if input.password.is_empty() {
        super::auth::random_token().0 + &super::auth::random_token().0
    } else if input.password.chars().count() < MIN_PASSWORD_LEN {
        return Err(AppError::bad_request(ErrorCode::PasswordTooShort, Msg::PasswordTooShort));
    } else {
        input.password.clone()
    };
    hash_password(services.settings.max_concurrent_password_hashes, &password)
}

/// Inserts an account whose password is already hashed, with its audit event.
pub fn insert_account(
    conn: &mut DbConn,
    now: NaiveDateTime,
    actor: &Actor,
    input: &NewAccountInput,
    password_hash: &str,
) -> AppResult<AccountView> {
    if let Some(org) = input.organisation_id {
        organisations::load(conn, org)?;
    }
    let email = input.email.trim().to_lowercase();
    let taken: i64 = accounts::table.filter(accounts::email.eq(&email)).count().get_result(conn)?;
    if taken > 0 {
        return Err(AppError::conflict(ErrorCode::DuplicateEmail, Msg::DuplicateAccount { email: email.clone() }));
    }
    let id: i64 = diesel::insert_into(accounts::table)
        .values(NewAccount {
            email: &email,
            name: input.name.trim(),
            password_hash,
            role: input.role,
            organisation_id: input.organisation_id,
            active: true,
            created_at: now,
        })
        .returning(accounts::id)
        .get_result(conn)?;
    let email_digest = super::auth::email_digest(conn, &email)?;
    record(
        conn,
        now,
        actor,
        format!("account:{id}"),
        Event::AccountCreated(AccountCreated {
            email_digest: Some(email_digest),
            email: None,
            name: input.name.trim().to_string(),
            role: input.role,
            organisation_id: input.organisation_id,
        }),
    )?;
    Ok(AccountView {
        id,
        email,
        name: input.name.trim().to_string(),
        role: input.role,
        organisation_id: input.organisation_id,
        active: true,
    })
}

impl Services {
    /// Creates an account (the secretariat, or the system from the CLI).
    pub fn create_account(&self, caller: Option<&Caller>, input: NewAccountInput) -> AppResult<AccountView> {
        let actor = match caller {
            Some(c) => {
                c.require(&[Role::Secretariat])?;
                c.actor()
            }
            None => Actor::System("cli"),
        };
        let hash = prepare(self, &input)?;
        self.write(|conn, now| insert_account(conn, now, &actor, &input, &hash))
    }
}

fn load(conn: &mut DbConn, id: i64) -> AppResult<Account> {
    accounts::table
        .find(id)
        .select(Account::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingAccount))
}

/// Disables an account and ends its sessions at once, audited.
fn disable(conn: &mut DbConn, now: NaiveDateTime, actor: &Actor, id: i64, why: &str) -> AppResult<usize> {
    diesel::update(accounts::table.find(id)).set(accounts::active.eq(false)).execute(conn)?;
    let ended = diesel::delete(sessions::table.filter(sessions::account_id.eq(id))).execute(conn)?;
    record(
        conn,
        now,
        actor,
        format!("account:{id}"),
        Event::AccountDisabled(AccountDisabled { sessions_ended: ended as u64, why: why.to_string() }),
    )?;
    Ok(ended)
}

impl Services {
    /// Every account, by email (secretariat, auditor).
    pub fn list_accounts(&self, caller: &Caller) -> AppResult<Vec<AccountView>> {
        caller.require(&[Role::Secretariat, Role::Auditor])?;
        self.read(|conn| {
            accounts::table
                .order(accounts::email.asc())
                .select(Account::as_select())
                .load(conn)?
                .iter()
                .map(AccountView::from_row)
                .collect()
        })
    }

    /// Renames, disables or re-enables an account (secretariat). Disabling
    /// ends every session of the account in the same transaction.
    pub fn change_account(&self, caller: &Caller, id: i64, change: AccountChange) -> AppResult<AccountView> {
        caller.require(&[Role::Secretariat])?;
        if id == caller.account_id && change.active == Some(false) {
            // The last secretariat account could otherwise lock everyone out.
            return Err(AppError::conflict(ErrorCode::OwnAccount, Msg::CannotDisableOwnAccount));
        }
        if id == caller.account_id && change.password.is_some() {
            // Setting one's own password without the current one would turn
            // a stolen session into the account for good (an outside review).
            return Err(AppError::conflict(ErrorCode::OwnAccount, Msg::CannotSetOwnPassword));
        }
        // A new password is hashed before the transaction (it is slow).
        let hash = match change.password.as_deref() {
            Some(p) if p.chars().count() < MIN_PASSWORD_LEN => {
                return Err(AppError::bad_request(ErrorCode::PasswordTooShort, Msg::PasswordTooShort))
            }
            Some(p) => Some(hash_password(self.settings.max_concurrent_password_hashes, p)?),
            None => None,
        };
        self.write(|conn, now| {
            let before = load(conn, id)?;
            if let Some(hash) = &hash {
                diesel::update(accounts::table.find(id)).set(accounts::password_hash.eq(hash)).execute(conn)?;
                let ended = diesel::delete(sessions::table.filter(sessions::account_id.eq(id))).execute(conn)?;
                record(
                    conn,
                    now,
                    &caller.actor(),
                    format!("account:{id}"),
                    Event::AccountPasswordSet(PasswordSet { sessions_ended: ended as u64, via: None }),
                )?;
            }
            if let Some(name) = change.name.as_deref().map(str::trim).filter(|n| !n.is_empty() && *n != before.name) {
                crate::error::check_text(Msg::FieldName, name, crate::domain::text::Shape::Line, 200)?;
                diesel::update(accounts::table.find(id)).set(accounts::name.eq(name)).execute(conn)?;
                record(
                    conn,
                    now,
                    &caller.actor(),
                    format!("account:{id}"),
                    Event::AccountRenamed(Renamed { from: before.name.clone(), to: name.to_string() }),
                )?;
            }
            match change.active {
                Some(false) if before.active => {
                    disable(conn, now, &caller.actor(), id, "disabled by the secretariat")?;
                }
                Some(true) if !before.active => {
                    diesel::update(accounts::table.find(id)).set(accounts::active.eq(true)).execute(conn)?;
                    record(conn, now, &caller.actor(), format!("account:{id}"), Event::AccountEnabled(Empty {}))?;
                }
                _ => {}
            }
            AccountView::from_row(&load(conn, id)?)
        })
    }

    /// The caller's own choice of the language plenum speaks to them
    /// (`None`: their browser's). Recorded like every change to an account.
    pub fn set_own_language(&self, caller: &Caller, lang: Option<crate::i18n::Lang>) -> AppResult<()> {
        let tag = lang.map(|l| l.tag().to_string());
        self.write(|conn, now| {
            let id = caller.account_id;
            let before: Option<String> = accounts::table.find(id).select(accounts::language).first(conn)?;
            if before == tag {
                return Ok(());
            }
            diesel::update(accounts::table.find(id)).set(accounts::language.eq(&tag)).execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("account:{id}"),
                Event::AccountLanguageSet(LanguageSet { language: tag.clone() }),
            )
        })
    }

    /// Replaces a delegate: a new account for the same organisation, the old
    /// one disabled and its sessions ended, in one transaction.
    pub fn replace_delegate(&self, caller: &Caller, id: i64, with: Replacement) -> AppResult<AccountView> {
        caller.require(&[Role::Secretariat])?;
        let organisation_id = self.read(|conn| load(conn, id))?.organisation_id;
        let input = NewAccountInput {
            email: with.email,
            name: with.name,
            password: with.password,
            role: Role::Delegate,
            organisation_id,
        };
        let hash = prepare(self, &input)?;
        self.write(|conn, now| {
            let old = load(conn, id)?;
            if old.role != Role::Delegate || old.organisation_id != organisation_id {
                return Err(AppError::bad_request(ErrorCode::NotADelegate, Msg::OnlyDelegateReplaced));
            }
            let new = insert_account(conn, now, &caller.actor(), &input, &hash)?;
            disable(conn, now, &caller.actor(), id, &format!("replaced by account {}", new.id))?;
            Ok(new)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_the_owasp_parameters() {
        let h = hash_password(2, "correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_password(2, "correct horse battery", &h));
        assert!(!verify_password(2, "correct horse batterY", &h));
        assert!(!verify_password(2, "anything", "not a hash"));
        // A fresh salt every time.
        assert_ne!(h, hash_password(2, "correct horse battery").unwrap());
    }

    #[test]
    fn hashing_runs_on_its_own_few_threads() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::Arc;
        let (now, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let names: Vec<Option<String>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..6)
                .map(|_| {
                    let (now, most) = (now.clone(), most.clone());
                    s.spawn(move || {
                        gated(2, move || {
                            let running = now.fetch_add(1, Ordering::SeqCst) + 1;
                            most.fetch_max(running, Ordering::SeqCst);
                            std::thread::sleep(std::time::Duration::from_millis(30));
                            now.fetch_sub(1, Ordering::SeqCst);
                            std::thread::current().name().map(String::from)
                        })
                        .flatten()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert!(most.load(Ordering::SeqCst) <= 2, "at most the cap at once");
        assert!(names.iter().all(|n| n.as_deref().is_some_and(|n| n.starts_with("plenum-argon2-"))), "{names:?}");
    }
}
