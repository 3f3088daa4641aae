//! Account input, validated by parsing into types: a value of one of these types is known good.

use kernel::error::FieldError;
use kernel::phone::Phone;
use kernel::text::{clean_line, normalize_uzbek};

pub const NAME_MAX: usize = 100;
pub const PASSWORD_MIN: usize = 8;
/// Children's passwords are typed by small hands; the rate limit on logins guards them.
pub const CHILD_PASSWORD_MIN: usize = 6;
pub const PASSWORD_MAX: usize = 128;

/// A person's or organisation's display name, cleaned, with Uzbek apostrophes normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name(pub String);

impl Name {
    pub fn parse(field: &str, raw: Option<&str>) -> Result<Self, FieldError> {
        let raw = raw.unwrap_or("");
        if raw.chars().count() > NAME_MAX * 4 {
            return Err(FieldError::new(field, "field-too-long").arg("max", NAME_MAX));
        }
        let name = normalize_uzbek(&clean_line(raw));
        match name.chars().count() {
            0 => Err(FieldError::new(field, "field-required")),
            n if n > NAME_MAX => Err(FieldError::new(field, "field-too-long").arg("max", NAME_MAX)),
            _ => Ok(Self(name)),
        }
    }
}

/// A lower-cased e-mail address of plausible shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(pub String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let email = raw.trim().to_lowercase();
        let valid = email.len() <= 254
            && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains("..")
            });
        if valid {
            Ok(Self(email))
        } else {
            Err(FieldError::new("email", "field-email-invalid"))
        }
    }
}

/// A password of acceptable length; never logged, never shown.
#[derive(Clone)]
pub struct Password(pub String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

impl Password {
    pub fn parse(field: &str, raw: Option<&str>, min: usize) -> Result<Self, FieldError> {
        let raw = raw.unwrap_or("");
        match raw.chars().count() {
            0 => Err(FieldError::new(field, "field-required")),
            n if n < min => Err(FieldError::new(field, "field-too-short").arg("min", min)),
            n if n > PASSWORD_MAX => {
                Err(FieldError::new(field, "field-too-long").arg("max", PASSWORD_MAX))
            }
            _ => Ok(Self(raw.to_string())),
        }
    }

    /// A password being set now: [`Password::parse`] plus the strength rules (not common, not
    /// trivial, not the account's own e-mail, phone or name, given in `personal`).
    pub fn parse_new(
        field: &str,
        raw: Option<&str>,
        min: usize,
        personal: &[&str],
    ) -> Result<Self, FieldError> {
        let password = Self::parse(field, raw, min)?;
        crate::password::strength::check(field, &password.0, personal)?;
        Ok(password)
    }
}

/// What a person types to log in: an e-mail, a phone number or an 8-digit Alif24 ID.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoginId {
    Email(String),
    Phone(String),
    PublicId(String),
}

impl LoginId {
    pub fn parse(raw: Option<&str>) -> Result<Self, FieldError> {
        let raw = raw.unwrap_or("").trim();
        if raw.is_empty() {
            return Err(FieldError::new("login", "field-required"));
        }
        if raw.contains('@') {
            return Email::parse(raw)
                .map(|e| Self::Email(e.0))
                .map_err(|_| FieldError::new("login", "field-login-invalid"));
        }
        let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        if kernel::ids::is_public_id(&compact) {
            return Ok(Self::PublicId(compact));
        }
        Phone::parse(raw)
            .map(|p| Self::Phone(p.0))
            .map_err(|_| FieldError::new("login", "field-login-invalid"))
    }

    /// The key failed attempts are counted under.
    pub fn limit_key(&self) -> String {
        match self {
            Self::Email(v) | Self::Phone(v) | Self::PublicId(v) => format!("login:{v}"),
        }
    }
}

/// Avatars are emoji from this set, so no uploads are needed and every phone shows them (all
/// from Unicode 9, 2016, or older).
pub const AVATARS: [&str; 24] = [
    "🦁", "🐯", "🐻", "🐼", "🐨", "🐰", "🦊", "🐸", "🐵", "🐧", "🦉", "🐢", "🐬", "🦄", "🐝", "🦋",
    "🐞", "🐙", "🐠", "🐳", "🌟", "🚀", "⚽", "🎨",
];
pub const DEFAULT_AVATAR: &str = "🦁";

pub fn parse_avatar(raw: Option<&str>) -> Result<String, FieldError> {
    match raw.map(str::trim) {
        None | Some("") => Ok(DEFAULT_AVATAR.to_string()),
        Some(a) if AVATARS.contains(&a) => Ok(a.to_string()),
        Some(_) => Err(FieldError::new("avatar", "field-avatar-invalid")),
    }
}

/// A child's birth year: between 3 and 18 years before `current_year`.
pub fn parse_birth_year(raw: Option<&str>, current_year: i64) -> Result<i64, FieldError> {
    let text = raw.unwrap_or("").trim();
    if text.is_empty() {
        return Err(FieldError::new("birth_year", "field-required"));
    }
    let (from, to) = (current_year - 18, current_year - 3);
    match text.parse::<i64>() {
        Ok(year) if (from..=to).contains(&year) => Ok(year),
        _ => Err(FieldError::new("birth_year", "field-birth-year-invalid")
            .arg("from", from)
            .arg("to", to)),
    }
}

pub use kernel::error::Problems;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_ids_are_told_apart() {
        assert_eq!(
            LoginId::parse(Some("Ali@Mail.UZ")).unwrap(),
            LoginId::Email("ali@mail.uz".into())
        );
        assert_eq!(
            LoginId::parse(Some("48213907")).unwrap(),
            LoginId::PublicId("48213907".into())
        );
        assert_eq!(
            LoginId::parse(Some("901234567")).unwrap(),
            LoginId::Phone("+998901234567".into())
        );
        assert!(LoginId::parse(Some("nobody")).is_err());
    }

    #[test]
    fn names_are_cleaned_and_bounded() {
        assert_eq!(
            Name::parse("name", Some("  G'ulom   O'rinov ")).unwrap().0,
            "Gʻulom Oʻrinov"
        );
        assert!(Name::parse("name", Some("   ")).is_err());
        assert!(Name::parse("name", Some(&"x".repeat(10_000))).is_err());
    }

    #[test]
    fn birth_years_fit_a_child() {
        assert_eq!(parse_birth_year(Some("2019"), 2026), Ok(2019));
        assert!(parse_birth_year(Some("2025"), 2026).is_err());
        assert!(parse_birth_year(Some("abc"), 2026).is_err());
    }
}
