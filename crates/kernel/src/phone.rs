//! Phone numbers: E.164 form, with Uzbek numbers accepted without the country code
//! (`90 123 45 67` is `+998901234567`). Accounts, payments, the CRM and the Telegram bot all
//! keep phones in this one form.

use crate::error::FieldError;

/// A phone number in E.164 form. Uzbek numbers may be typed without the country code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone(pub String);

impl Phone {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let err = || FieldError::new("phone", "field-phone-invalid");
        let trimmed = raw.trim();
        if trimmed.len() > 32 {
            return Err(err());
        }
        let plus = trimmed.starts_with('+');
        let body = if plus { &trimmed[1..] } else { trimmed };
        if !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'))
        {
            return Err(err());
        }
        let digits: String = body.chars().filter(char::is_ascii_digit).collect();
        let full = match (plus, digits.len()) {
            (false, 9) => format!("998{digits}"),
            (false, 12) if digits.starts_with("998") => digits,
            (true, 8..=15) => digits,
            _ => return Err(err()),
        };
        if full.starts_with("998") && full.len() != 12 || full.starts_with('0') {
            return Err(err());
        }
        Ok(Self(format!("+{full}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_normalised_to_e164() {
        assert_eq!(
            Phone::parse("+998 90 123-45-67").unwrap().0,
            "+998901234567"
        );
        assert_eq!(Phone::parse("90 123 45 67").unwrap().0, "+998901234567");
        assert_eq!(Phone::parse("998901234567").unwrap().0, "+998901234567");
        assert_eq!(Phone::parse("+7 916 123 45 67").unwrap().0, "+79161234567");
        for bad in [
            "12345",
            "+99890123456",
            "abc",
            "+998 90 123 45 678",
            "0901234567",
        ] {
            assert!(Phone::parse(bad).is_err(), "{bad}");
        }
    }
}
