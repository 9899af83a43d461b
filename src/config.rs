//! Settings: `config/default.toml` (compiled in), then an optional file named
//! by `PLENUM_CONFIG`, then `PLENUM_*` environment variables, each named after
//! its setting (`database_url` -> `PLENUM_DATABASE_URL`).

use crate::domain::fraction::Fraction;
use crate::domain::motion::MotionKindPreset;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The defaults, with every setting commented.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

/// Every setting of a plenum instance.
#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub bind: String,
    pub database_url: String,
    pub database_pool_size: u32,
    pub sqlite_busy_timeout_ms: u32,
    pub session_ttl_hours: i64,
    pub cookie_secure: bool,
    pub login_window_seconds: i64,
    pub login_max_failures_per_account_and_address: i64,
    pub login_max_failures_per_address: i64,
    /// Days client addresses and failed logins are kept (see config/default.toml).
    pub personal_data_retention_days: i64,
    pub max_concurrent_password_hashes: usize,
    pub live_keep_alive_seconds: u64,
    pub quorum_numerator: u32,
    pub quorum_denominator: u32,
    pub quorum_strict: bool,
    pub proxy_cap: u32,
    pub notice_period_days: i64,
    pub second_convocation_quorum: bool,
    pub vote_changes: bool,
    pub min_seconders: usize,
    pub motion_kinds: BTreeMap<String, MotionKindPreset>,
    pub demo_password: String,
    pub signing_key_file: String,
    pub log: String,
    pub trusted_proxies: String,
    pub trusted_proxy_header: String,
    pub body_read_timeout_seconds: u64,
    pub max_connections_per_address: usize,
    pub max_live_streams_per_session: usize,
    /// What one organisation may write (see config/default.toml).
    pub max_motions_per_organisation: i64,
    pub max_opinions_per_organisation: i64,
    pub max_speaker_requests_per_organisation: i64,
    pub max_proxies_per_organisation: i64,
    pub max_recorded_refusals_per_poll: i64,
    pub max_title_chars: usize,
    pub max_text_chars: usize,
    pub max_narrative_chars: usize,
    /// The language of a visitor who has chosen none and whose browser asks
    /// for none plenum speaks (a BCP 47 tag: `en`, `fr`, ...).
    pub default_language: String,
    /// Offers the pseudo-locale (`en-XA`) in the switcher: for checking
    /// layouts, never for an assembly.
    pub pseudo_locale: bool,
    /// The address people reach this plenum at (links in e-mails).
    pub public_url: String,
    /// E-mail (see config/default.toml).
    pub mail_enabled: bool,
    pub mail_host: String,
    pub mail_port: u16,
    pub mail_tls: String,
    pub mail_username: String,
    pub mail_password: String,
    pub mail_from: String,
    pub mail_reply_to: String,
    pub mail_batch: i64,
    pub mail_timeout_seconds: u64,
    /// Days a one-time link to choose a password works.
    pub invitation_valid_days: i64,
}

/// The configured defaults for a new assembly's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssemblyRules {
    pub quorum: Fraction,
    pub proxy_cap: u32,
    pub notice_period_days: i64,
    pub second_convocation_quorum: bool,
    pub vote_changes: bool,
    /// The official language of an assembly that names none.
    pub language: crate::i18n::Lang,
}

/// A setting that is missing, mistyped or out of range.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Load(#[from] config::ConfigError),
    #[error("configuration: {0}")]
    Invalid(String),
}

impl Settings {
    /// The instance's default language (checked by `validate`).
    pub fn default_lang(&self) -> crate::i18n::Lang {
        crate::i18n::Lang::from_tag(&self.default_language).unwrap_or_default()
    }

    /// Loads the settings from the defaults, `PLENUM_CONFIG` and the environment.
    pub fn load() -> Result<Settings, ConfigError> {
        let file = std::env::var("PLENUM_CONFIG").ok();
        Self::load_from(file.as_deref(), config::Environment::with_prefix("PLENUM").try_parsing(true))
    }

    /// The compiled-in defaults alone, ignoring the environment (tests, tools).
    pub fn defaults() -> Result<Settings, ConfigError> {
        Self::load_from(None, config::Environment::with_prefix("PLENUM").source(Some(Default::default())))
    }

    fn load_from(file: Option<&str>, env: config::Environment) -> Result<Settings, ConfigError> {
        let mut builder =
            config::Config::builder().add_source(config::File::from_str(DEFAULT_TOML, config::FileFormat::Toml));
        if let Some(path) = file {
            builder = builder.add_source(config::File::with_name(path).required(true));
        }
        let settings: Settings = builder.add_source(env).build()?.try_deserialize()?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        Fraction::new(self.quorum_numerator, self.quorum_denominator, self.quorum_strict)
            .map_err(|e| ConfigError::Invalid(format!("quorum_numerator/quorum_denominator: {e:?}")))?;
        if self.database_pool_size == 0 {
            return Err(ConfigError::Invalid("database_pool_size must be at least 1".into()));
        }
        if self.personal_data_retention_days < 1 {
            return Err(ConfigError::Invalid("personal_data_retention_days must be at least 1".into()));
        }
        if self.login_window_seconds > self.personal_data_retention_days.saturating_mul(86_400) {
            return Err(ConfigError::Invalid(
                "personal_data_retention_days must cover login_window_seconds: failures still counted would be erased"
                    .into(),
            ));
        }
        if self.max_concurrent_password_hashes == 0 {
            return Err(ConfigError::Invalid("max_concurrent_password_hashes must be at least 1".into()));
        }
        for (kind, preset) in &self.motion_kinds {
            let bad = |what: &str| ConfigError::Invalid(format!("motion_kinds.{kind}.{what} is not a valid fraction"));
            preset.majority.threshold().validate().map_err(|_| bad("majority"))?;
            if let Some(q) = preset.quorum {
                q.validate().map_err(|_| bad("quorum"))?;
            }
        }
        if !self.motion_kinds.contains_key("ordinary") {
            return Err(ConfigError::Invalid("motion_kinds must define \"ordinary\"".into()));
        }
        if self.live_keep_alive_seconds == 0 {
            return Err(ConfigError::Invalid("live_keep_alive_seconds must be at least 1".into()));
        }
        if self.proxy_cap == 0 {
            return Err(ConfigError::Invalid("proxy_cap must be at least 1".into()));
        }
        crate::domain::client::TrustedProxies::parse(&self.trusted_proxies)
            .map_err(|e| ConfigError::Invalid(format!("trusted_proxies: {e}")))?;
        crate::domain::client::ForwardedHeader::parse(&self.trusted_proxy_header)
            .map_err(|e| ConfigError::Invalid(format!("trusted_proxy_header: {e}")))?;
        match crate::i18n::Lang::from_tag(&self.default_language) {
            Some(l) if l != crate::i18n::Lang::Pseudo => {}
            _ => {
                let tags: Vec<&str> = crate::i18n::Lang::ALL.iter().map(|l| l.tag()).collect();
                return Err(ConfigError::Invalid(format!(
                    "default_language \"{}\" is not one of plenum's languages: {}",
                    self.default_language,
                    tags.join(", ")
                )));
            }
        }
        if self.body_read_timeout_seconds == 0 {
            return Err(ConfigError::Invalid("body_read_timeout_seconds must be at least 1".into()));
        }
        if self.max_connections_per_address == 0 {
            return Err(ConfigError::Invalid("max_connections_per_address must be at least 1".into()));
        }
        for (name, value) in [
            ("max_motions_per_organisation", self.max_motions_per_organisation),
            ("max_opinions_per_organisation", self.max_opinions_per_organisation),
            ("max_speaker_requests_per_organisation", self.max_speaker_requests_per_organisation),
            ("max_proxies_per_organisation", self.max_proxies_per_organisation),
        ] {
            if value < 1 {
                return Err(ConfigError::Invalid(format!("{name} must be at least 1")));
            }
        }
        if self.max_recorded_refusals_per_poll < 0 {
            return Err(ConfigError::Invalid("max_recorded_refusals_per_poll must be 0 or more".into()));
        }
        for (name, value) in [
            ("max_title_chars", self.max_title_chars),
            ("max_text_chars", self.max_text_chars),
            ("max_narrative_chars", self.max_narrative_chars),
        ] {
            if value < 1 {
                return Err(ConfigError::Invalid(format!("{name} must be at least 1")));
            }
        }
        self.validate_mail()?;
        Ok(())
    }

    fn validate_mail(&self) -> Result<(), ConfigError> {
        let url = url::Url::parse(&self.public_url)
            .map_err(|e| ConfigError::Invalid(format!("public_url \"{}\": {e}", self.public_url)))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(ConfigError::Invalid(format!("public_url \"{}\" must start with https://", self.public_url)));
        }
        if !matches!(self.mail_tls.as_str(), "starttls" | "tls" | "none") {
            return Err(ConfigError::Invalid(format!("mail_tls \"{}\" must be starttls, tls or none", self.mail_tls)));
        }
        self.mail_from
            .parse::<lettre::message::Mailbox>()
            .map_err(|e| ConfigError::Invalid(format!("mail_from \"{}\": {e}", self.mail_from)))?;
        if !self.mail_reply_to.is_empty() {
            self.mail_reply_to
                .parse::<lettre::message::Mailbox>()
                .map_err(|e| ConfigError::Invalid(format!("mail_reply_to \"{}\": {e}", self.mail_reply_to)))?;
        }
        if self.mail_batch < 1 {
            return Err(ConfigError::Invalid("mail_batch must be at least 1".into()));
        }
        if !(1..=90).contains(&self.invitation_valid_days) {
            return Err(ConfigError::Invalid("invitation_valid_days must be between 1 and 90".into()));
        }
        if self.mail_timeout_seconds == 0 {
            return Err(ConfigError::Invalid("mail_timeout_seconds must be at least 1".into()));
        }
        if self.mail_enabled && self.mail_host.trim().is_empty() {
            return Err(ConfigError::Invalid("mail_enabled needs mail_host".into()));
        }
        Ok(())
    }

    /// The defaults a new assembly takes its rules from.
    pub fn assembly_rules(&self) -> AssemblyRules {
        AssemblyRules {
            quorum: self.default_quorum(),
            proxy_cap: self.proxy_cap,
            notice_period_days: self.notice_period_days,
            second_convocation_quorum: self.second_convocation_quorum,
            vote_changes: self.vote_changes,
            language: self.default_lang(),
        }
    }

    /// The default quorum of a new assembly.
    pub fn default_quorum(&self) -> Fraction {
        Fraction { numerator: self.quorum_numerator, denominator: self.quorum_denominator, strict: self.quorum_strict }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(vars: &[(&str, &str)]) -> config::Environment {
        let map: HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        config::Environment::with_prefix("PLENUM").try_parsing(true).source(Some(map))
    }

    #[test]
    fn defaults_load() {
        let s = Settings::load_from(None, env(&[])).unwrap();
        assert_eq!(s.bind, "127.0.0.1:8080");
        assert_eq!(s.proxy_cap, 1);
        assert_eq!(s.default_quorum(), Fraction::new(1, 2, false).unwrap());
    }

    #[test]
    fn environment_overrides_each_setting() {
        let s = Settings::load_from(
            None,
            env(&[
                ("PLENUM_DATABASE_URL", "postgres://x@127.0.0.1/db"),
                ("PLENUM_BIND", "0.0.0.0:9000"),
                ("PLENUM_PROXY_CAP", "2"),
            ]),
        )
        .unwrap();
        assert_eq!(s.database_url, "postgres://x@127.0.0.1/db");
        assert_eq!(s.bind, "0.0.0.0:9000");
        assert_eq!(s.proxy_cap, 2);
    }

    #[test]
    fn motion_kind_presets_follow_the_design() {
        use crate::domain::majority::{Base, MajorityRule};
        let s = Settings::load_from(None, env(&[])).unwrap();
        assert_eq!(s.motion_kinds["ordinary"].majority, MajorityRule::SIMPLE);
        let statutes = s.motion_kinds["statutes"];
        assert_eq!(statutes.majority.threshold(), Fraction::new(2, 3, false).unwrap());
        assert_eq!(statutes.majority.base, Base::VotesCast);
        assert_eq!(statutes.quorum, Some(Fraction::new(2, 3, false).unwrap()));
        assert_eq!(s.motion_kinds["dissolution"].majority.threshold(), Fraction::new(4, 5, false).unwrap());
    }

    #[test]
    fn bad_values_are_refused() {
        assert!(Settings::load_from(None, env(&[("PLENUM_QUORUM_DENOMINATOR", "0")])).is_err());
        assert!(Settings::load_from(None, env(&[("PLENUM_PROXY_CAP", "zero")])).is_err());
        assert!(Settings::load_from(None, env(&[("PLENUM_PERSONAL_DATA_RETENTION_DAYS", "0")])).is_err());
        let too_short = [("PLENUM_PERSONAL_DATA_RETENTION_DAYS", "1"), ("PLENUM_LOGIN_WINDOW_SECONDS", "86401")];
        assert!(Settings::load_from(None, env(&too_short)).is_err());
        let s = Settings::load_from(None, env(&[("PLENUM_PERSONAL_DATA_RETENTION_DAYS", "1")])).unwrap();
        assert_eq!(s.personal_data_retention_days, 1);
        for bad in [
            ("PLENUM_MAIL_TLS", "maybe"),
            ("PLENUM_MAIL_FROM", "not an address"),
            ("PLENUM_MAIL_REPLY_TO", "nobody at all"),
            ("PLENUM_PUBLIC_URL", "ftp://example.org"),
            ("PLENUM_PUBLIC_URL", "plenum.example.org"),
            ("PLENUM_MAIL_BATCH", "0"),
        ] {
            assert!(Settings::load_from(None, env(&[bad])).is_err(), "{bad:?} was taken");
        }
        let on = [("PLENUM_MAIL_ENABLED", "true"), ("PLENUM_MAIL_HOST", "")];
        assert!(Settings::load_from(None, env(&on)).is_err(), "mail on with no server");
    }
}
