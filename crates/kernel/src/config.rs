//! Configuration from the environment; a wrong value is a one-line error, never a panic.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::Duration;

/// Every setting the process was given: the environment, overlaid by command-line flags (or a
/// test's map). The kernel reads its [`Config`] from it and each crate reads its own
/// configuration from the same value, so a flag reaches every part.
#[derive(Clone, Default)]
pub struct Settings(HashMap<String, String>);

/// Names only: the values hold API keys and database passwords.
impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut keys: Vec<&String> = self.0.keys().collect();
        keys.sort();
        f.debug_tuple("Settings").field(&keys).finish()
    }
}

impl Settings {
    /// The process environment with `flags` taking precedence; blank values count as unset.
    pub fn from_env_and<K: AsRef<str>>(flags: impl IntoIterator<Item = (K, String)>) -> Self {
        let mut map: HashMap<String, String> = std::env::vars().collect();
        for (k, v) in flags {
            map.insert(k.as_ref().to_string(), v);
        }
        Self(map)
    }

    /// Exactly these settings, nothing from the environment.
    pub fn from_pairs<K: AsRef<str>>(pairs: impl IntoIterator<Item = (K, String)>) -> Self {
        Self(
            pairs
                .into_iter()
                .map(|(k, v)| (k.as_ref().to_string(), v))
                .collect(),
        )
    }

    /// The value of `key`, if set and not blank.
    pub fn get(&self, key: &str) -> Option<String> {
        self.0.get(key).filter(|v| !v.trim().is_empty()).cloned()
    }

    /// Sets one value (tests).
    pub fn set(&mut self, key: &str, value: impl Into<String>) {
        self.0.insert(key.to_string(), value.into());
    }
}

/// Everything the platform reads from its environment at start-up.
#[derive(Clone, Debug)]
pub struct Config {
    /// Address the HTTP server listens on (`ALIF24_ADDR`).
    pub addr: SocketAddr,
    /// `sqlite:…` or `postgres://…` (`DATABASE_URL`).
    pub database_url: String,
    /// Optional Redis (`REDIS_URL`): rate-limit counters shared by every replica.
    pub redis_url: Option<String>,
    /// Prefix of every Redis key (`ALIF24_REDIS_PREFIX`), so deployments can share a server.
    pub redis_prefix: String,
    /// Base URL people reach the platform at (`ALIF24_PUBLIC_URL`), used in printed links.
    pub public_url: String,
    /// Cookies carry `Secure` when the public URL is https.
    pub secure_cookies: bool,
    /// Trust `X-Forwarded-For` from a reverse proxy for client addresses (`ALIF24_TRUST_PROXY`).
    pub trust_proxy: bool,
    /// JSON logs (`ALIF24_LOG_JSON=1`), for production.
    pub log_json: bool,
    /// Cost of password hashing; `fast` exists for tests only (`ALIF24_PASSWORD_COST`).
    pub password_cost: PasswordCost,
    /// Multiplier for every rate limit (`ALIF24_RATE_LIMIT_SCALE`), 1 by default.
    pub rate_limit_scale: u32,
    /// Everything the process was given, for the crates that read their own settings.
    pub settings: Settings,
    /// Daily coin caps per reward source that override the defaults
    /// (`ALIF24_COIN_CAPS=harf.card_learned=100,games.win=150`).
    pub coin_caps: Vec<(String, i64)>,
    /// Where people write to the operator (`ALIF24_CONTACT_EMAIL`), shown on `/contact` and
    /// `/privacy`; without it those pages say the operator has not published one.
    pub contact_email: Option<String>,
    /// After SIGTERM, how long the server keeps serving with `/readyz` at 503 so a load
    /// balancer stops sending new requests (`ALIF24_SHUTDOWN_DELAY_SECONDS`, 0 by default).
    pub shutdown_delay: Duration,
    /// Then the longest in-flight requests and jobs may take before the process exits anyway
    /// (`ALIF24_SHUTDOWN_GRACE_SECONDS`, 20 by default).
    pub shutdown_grace: Duration,
}

/// How expensive password hashing is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordCost {
    /// argon2id with OWASP's recommended memory and time cost.
    Standard,
    /// Minimal argon2id parameters, so test suites stay quick. Never for real accounts.
    Fast,
}

/// A configuration value that cannot be used, with a message fit for one console line.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(pub String);

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/alif24.db";

impl Config {
    /// The kernel's configuration from the process's settings, which it keeps for the others.
    pub fn from_settings(settings: Settings) -> Result<Self, ConfigError> {
        let mut config = Self::from_lookup(|k| settings.get(k))?;
        config.settings = settings;
        Ok(config)
    }

    /// Builds a configuration from any key lookup (its `settings` stay empty).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let addr_text = get("ALIF24_ADDR").unwrap_or_else(|| "127.0.0.1:8080".into());
        let addr: SocketAddr = addr_text.trim().parse().map_err(|_| {
            ConfigError(format!(
                "ALIF24_ADDR={addr_text:?} is not an address like 127.0.0.1:8080"
            ))
        })?;
        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into());
        if !crate::db::Backend::accepts(&database_url) {
            return Err(ConfigError(format!(
                "DATABASE_URL must start with sqlite: or postgres:// (got {:?})",
                redact(&database_url)
            )));
        }
        let redis_url = get("REDIS_URL");
        if let Some(url) = &redis_url {
            if !(url.starts_with("redis://") || url.starts_with("rediss://")) {
                return Err(ConfigError(format!(
                    "REDIS_URL must start with redis:// or rediss:// (got {:?})",
                    redact(url)
                )));
            }
        }
        let public_url = get("ALIF24_PUBLIC_URL")
            .unwrap_or_else(|| format!("http://{addr}"))
            .trim_end_matches('/')
            .to_string();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(ConfigError(format!(
                "ALIF24_PUBLIC_URL must start with http:// or https:// (got {public_url:?})"
            )));
        }
        let password_cost = match get("ALIF24_PASSWORD_COST").as_deref() {
            None | Some("standard") => PasswordCost::Standard,
            Some("fast") => PasswordCost::Fast,
            Some(other) => {
                return Err(ConfigError(format!(
                    "ALIF24_PASSWORD_COST must be standard or fast (got {other:?})"
                )))
            }
        };
        let rate_limit_scale = match get("ALIF24_RATE_LIMIT_SCALE") {
            None => 1,
            Some(v) => v
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| *n >= 1)
                .ok_or_else(|| {
                    ConfigError(format!(
                        "ALIF24_RATE_LIMIT_SCALE must be a whole number from 1 up (got {v:?})"
                    ))
                })?,
        };
        let coin_caps = match get("ALIF24_COIN_CAPS") {
            None => Vec::new(),
            Some(v) => parse_caps(&v).ok_or_else(|| {
                ConfigError(format!(
                    "ALIF24_COIN_CAPS must look like source=amount,source=amount (got {v:?})"
                ))
            })?,
        };
        let contact_email = match get("ALIF24_CONTACT_EMAIL") {
            None => None,
            Some(v) => Some(parse_email(&v).ok_or_else(|| {
                ConfigError(format!(
                    "ALIF24_CONTACT_EMAIL must be one e-mail address like privacy@school.uz (got {v:?})"
                ))
            })?),
        };
        let shutdown_delay = seconds(&get, "ALIF24_SHUTDOWN_DELAY_SECONDS", 0)?;
        let shutdown_grace = seconds(&get, "ALIF24_SHUTDOWN_GRACE_SECONDS", 20)?;
        let redis_prefix = get("ALIF24_REDIS_PREFIX").unwrap_or_else(|| "alif24:".into());
        Ok(Self {
            settings: Settings::default(),
            redis_prefix,
            coin_caps,
            contact_email,
            addr,
            database_url,
            redis_url,
            secure_cookies: public_url.starts_with("https://"),
            public_url,
            trust_proxy: flag(&get, "ALIF24_TRUST_PROXY")?,
            log_json: flag(&get, "ALIF24_LOG_JSON")?,
            password_cost,
            rate_limit_scale,
            shutdown_delay,
            shutdown_grace,
        })
    }
}

fn parse_caps(v: &str) -> Option<Vec<(String, i64)>> {
    v.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|pair| {
            let (source, amount) = pair.split_once('=')?;
            let amount = amount.trim().parse::<i64>().ok().filter(|a| *a >= 0)?;
            Some((source.trim().to_string(), amount)).filter(|(s, _)| !s.is_empty())
        })
        .collect()
}

/// One plain address: something before and after a single `@`, a dot in the domain, nothing
/// that could break out of a `mailto:` link.
fn parse_email(v: &str) -> Option<String> {
    let v = v.trim();
    let (local, domain) = v.split_once('@')?;
    let ok = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && v.len() <= 254
        && v.chars()
            .all(|c| c.is_alphanumeric() || "@._+-".contains(c));
    (ok && !domain.contains('@')).then(|| v.to_string())
}

/// A whole number of seconds (at most an hour), `default` when unset.
fn seconds(
    get: &impl Fn(&str) -> Option<String>,
    key: &str,
    default: u64,
) -> Result<Duration, ConfigError> {
    match get(key) {
        None => Ok(Duration::from_secs(default)),
        Some(v) => v
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|n| *n <= 3600)
            .map(Duration::from_secs)
            .ok_or_else(|| {
                ConfigError(format!(
                    "{key} must be a whole number of seconds from 0 to 3600 (got {v:?})"
                ))
            }),
    }
}

fn flag(get: &impl Fn(&str) -> Option<String>, key: &str) -> Result<bool, ConfigError> {
    match get(key).as_deref().map(str::trim) {
        None | Some("0") | Some("false") | Some("no") => Ok(false),
        Some("1") | Some("true") | Some("yes") => Ok(true),
        Some(other) => Err(ConfigError(format!("{key} must be 1 or 0 (got {other:?})"))),
    }
}

/// Hides the password part of a URL before it is printed.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{user}:***{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::from_lookup(|k| {
            pairs
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn defaults_need_no_environment() {
        let c = config(&[]).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert!(!c.secure_cookies);
    }

    #[test]
    fn wrong_values_explain_themselves_in_one_line() {
        let e = config(&[("ALIF24_ADDR", "localhost")])
            .unwrap_err()
            .to_string();
        assert!(e.contains("ALIF24_ADDR") && !e.contains('\n'));
        let e = config(&[("DATABASE_URL", "mysql://u:secret@h/db")])
            .unwrap_err()
            .to_string();
        assert!(e.contains("DATABASE_URL") && !e.contains("secret"), "{e}");
        assert!(config(&[("REDIS_URL", "http://x")]).is_err());
        assert!(config(&[("ALIF24_COIN_CAPS", "harf=x")]).is_err());
        let c = config(&[("ALIF24_COIN_CAPS", "harf.card_learned=50, games.win=0")]).unwrap();
        assert_eq!(
            c.coin_caps,
            vec![("harf.card_learned".into(), 50), ("games.win".into(), 0)]
        );
    }

    #[test]
    fn a_contact_address_is_one_plain_email() {
        assert_eq!(config(&[]).unwrap().contact_email, None);
        let c = config(&[("ALIF24_CONTACT_EMAIL", " privacy@maktab.uz ")]).unwrap();
        assert_eq!(c.contact_email.as_deref(), Some("privacy@maktab.uz"));
        for bad in [
            "maktab.uz",
            "a@b",
            "a@b.uz?subject=x",
            "a b@c.uz",
            "a@b@c.uz",
        ] {
            assert!(config(&[("ALIF24_CONTACT_EMAIL", bad)]).is_err(), "{bad}");
        }
    }

    #[test]
    fn shutdown_times_default_to_no_delay_and_twenty_seconds_grace() {
        let c = config(&[]).unwrap();
        assert_eq!(c.shutdown_delay, Duration::ZERO);
        assert_eq!(c.shutdown_grace, Duration::from_secs(20));
        let c = config(&[
            ("ALIF24_SHUTDOWN_DELAY_SECONDS", "5"),
            ("ALIF24_SHUTDOWN_GRACE_SECONDS", " 30 "),
        ])
        .unwrap();
        assert_eq!(c.shutdown_delay, Duration::from_secs(5));
        assert_eq!(c.shutdown_grace, Duration::from_secs(30));
        for bad in ["-1", "5s", "9999"] {
            let e = config(&[("ALIF24_SHUTDOWN_DELAY_SECONDS", bad)]).unwrap_err();
            assert!(
                e.to_string().contains("ALIF24_SHUTDOWN_DELAY_SECONDS"),
                "{bad}"
            );
        }
    }

    #[test]
    fn https_public_url_makes_cookies_secure() {
        let c = config(&[("ALIF24_PUBLIC_URL", "https://alif24.uz/")]).unwrap();
        assert!(c.secure_cookies);
        assert_eq!(c.public_url, "https://alif24.uz");
    }
}
