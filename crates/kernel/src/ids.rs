//! Identifiers and secrets: public 8-digit Alif24 IDs, opaque tokens, short codes.

use rand::rngs::OsRng;
use rand::Rng;
use sha2::{Digest, Sha256};

/// A fresh public Alif24 ID: eight digits, the first not zero, from the OS's secure RNG.
/// Callers retry on the (rare) collision with an existing one.
pub fn public_id() -> String {
    OsRng.gen_range(10_000_000u32..=99_999_999).to_string()
}

/// True for strings that have the shape of an Alif24 ID.
pub fn is_public_id(s: &str) -> bool {
    s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0')
}

/// 256 random bits as 64 hex characters: access, refresh, CSRF and setup tokens.
pub fn token() -> String {
    let bytes: [u8; 32] = OsRng.gen();
    hex(&bytes)
}

/// Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A short code people type: class join codes, child link codes.
pub fn short_code(len: usize) -> String {
    (0..len)
        .map(|_| CODE_ALPHABET[OsRng.gen_range(0..CODE_ALPHABET.len())] as char)
        .collect()
}

/// Upper-cases a typed code and drops spaces and dashes.
pub fn normalize_code(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// SHA-256 of a secret, hex-encoded; secrets are stored only in this form.
pub fn sha256_hex(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_ids_have_eight_digits_and_no_leading_zero() {
        for _ in 0..2000 {
            let id = public_id();
            assert!(is_public_id(&id), "{id}");
        }
        assert!(!is_public_id("01234567"));
        assert!(!is_public_id("1234567"));
    }

    #[test]
    fn codes_avoid_ambiguous_characters() {
        let code = short_code(200);
        assert!(!code.contains(['0', 'O', '1', 'I', 'L']));
        assert_eq!(normalize_code(" ab-c1 "), "ABC1");
    }

    #[test]
    fn tokens_are_long_and_distinct() {
        assert_eq!(token().len(), 64);
        assert_ne!(token(), token());
        assert_eq!(sha256_hex("abc").len(), 64);
    }
}
