//! Password hashing with argon2id on a small pool of hashing threads (see [`pool`]), and the
//! rules a new password must pass (see [`strength`]).

pub mod pool;
pub mod strength;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use kernel::config::PasswordCost;
use kernel::AppError;

/// OWASP's first recommended argon2id configuration: 19 MiB, 2 passes, 1 lane.
fn params(cost: PasswordCost) -> Params {
    match cost {
        PasswordCost::Standard => Params::new(19 * 1024, 2, 1, None),
        PasswordCost::Fast => Params::new(8, 1, 1, None),
    }
    .expect("valid argon2 parameters")
}

/// Stored hashes naming more memory than this are refused rather than allocated (64 MiB).
const MAX_M_COST: u32 = 64 * 1024;

/// A thread's block is reserved at least this large: 34 MiB of address space, of which only
/// what the parameters need (19 MiB) is ever touched. glibc serves an allocation above 32 MiB
/// with its own mapping and unmaps it when freed, whatever it learned from earlier frees, so an
/// idle thread's block really goes back to the system (measured in docs/performance.md).
const MIN_RESERVE_BLOCKS: usize = 34 * 1024;

/// Runs argon2id into `out` with the thread's reusable `memory`, grown only when needed.
fn hash_into(
    params: Params,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
    memory: &mut Vec<Block>,
) -> Result<(), argon2::Error> {
    let needed = params.block_count();
    if memory.len() < needed {
        if memory.capacity() < needed {
            *memory = Vec::with_capacity(needed.max(MIN_RESERVE_BLOCKS));
        }
        memory.resize(needed, Block::new());
    }
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params).hash_password_into_with_memory(
        password,
        salt,
        out,
        &mut memory[..],
    )
}

/// A PHC-format hash of `password`.
pub async fn hash(password: String, cost: PasswordCost) -> Result<String, AppError> {
    pool::shared()
        .run(move |memory| -> anyhow::Result<String> {
            let params = params(cost);
            let salt = SaltString::generate(&mut OsRng);
            let mut salt_bytes = [0u8; 64];
            let salt_raw = salt.decode_b64(&mut salt_bytes)?;
            let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
            hash_into(
                params.clone(),
                password.as_bytes(),
                salt_raw,
                &mut out,
                memory,
            )?;
            let phc = PasswordHash {
                algorithm: argon2::ARGON2ID_IDENT,
                version: Some(Version::V0x13.into()),
                params: (&params).try_into()?,
                salt: Some(salt.as_salt()),
                hash: Some(Output::new(&out)?),
            };
            Ok(phc.to_string())
        })
        .await?
        .map_err(|e| AppError::internal(anyhow::anyhow!("hashing failed: {e}")))
}

/// Checks `password` against a stored hash with the hash's own parameters, comparing in
/// constant time. A malformed or foreign hash matches nothing.
pub async fn verify(password: String, stored: String) -> Result<bool, AppError> {
    pool::shared()
        .run(move |memory| {
            let Ok(parsed) = PasswordHash::new(&stored) else {
                return false;
            };
            if parsed.algorithm != argon2::ARGON2ID_IDENT {
                return false;
            }
            let (Ok(params), Some(salt), Some(expected)) =
                (Params::try_from(&parsed), parsed.salt, parsed.hash)
            else {
                return false;
            };
            if params.m_cost() > MAX_M_COST {
                return false;
            }
            let mut salt_bytes = [0u8; 64];
            let Ok(salt_raw) = salt.decode_b64(&mut salt_bytes) else {
                return false;
            };
            let mut out = vec![0u8; expected.len()];
            if hash_into(params, password.as_bytes(), salt_raw, &mut out, memory).is_err() {
                return false;
            }
            // `Output`'s equality is constant-time.
            Output::new(&out).is_ok_and(|actual| actual == expected)
        })
        .await
}

/// A valid hash no password matches, verified for unknown logins so their timing looks the same.
pub const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3mGSEyPB3lI7XQnEfzb6aG7kvqpmE5Ja1GZTBv7AQ+s";

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::PasswordVerifier;

    #[tokio::test]
    async fn hashes_verify_both_ways_with_the_reference_implementation() {
        let ours = hash("correct horse 1".into(), PasswordCost::Fast)
            .await
            .unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(Argon2::default()
            .verify_password(b"correct horse 1", &parsed)
            .is_ok());
        assert!(verify("correct horse 1".into(), ours.clone())
            .await
            .unwrap());
        assert!(!verify("correct horse 2".into(), ours).await.unwrap());
        assert!(!verify("x".into(), DUMMY_HASH.into()).await.unwrap());
        assert!(!verify("x".into(), "not a hash".into()).await.unwrap());
    }
}
