//! Names of backup files and of the databases they come from: UTC time stamps, the SQLite
//! file behind a URL, a PostgreSQL URL split from its password.

use std::path::{Path, PathBuf};

/// `20261207-043512`: the UTC date and time of `ms`, as backup files and kept databases carry it.
pub fn utc_stamp(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, month, day) = kernel::clock::civil_from_days(days);
    format!(
        "{year:04}{month:02}{day:02}-{:02}{:02}{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// `DIR/alif24-20261207-043512.EXT`.
pub fn backup_file(dir: &Path, ms: i64, ext: &str) -> PathBuf {
    dir.join(format!("alif24-{}.{ext}", utc_stamp(ms)))
}

/// `data/alif24.db.before-restore-20261207-043512`: where a restore keeps the database it replaces.
pub fn kept_file(db: &Path, ms: i64) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".before-restore-{}", utc_stamp(ms)));
    db.with_file_name(name)
}

/// The file of a `sqlite:` URL (`sqlite://data/alif24.db?mode=rwc` → `data/alif24.db`).
pub fn sqlite_path(url: &str) -> anyhow::Result<PathBuf> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let path = rest.split_once('?').map_or(rest, |(p, _)| p);
    if path.is_empty() || path.contains(":memory:") {
        anyhow::bail!("the SQLite database must be a file to back up or restore");
    }
    Ok(PathBuf::from(path))
}

/// A PostgreSQL URL without its password, and the password (percent-decoded) apart, so the
/// password travels to `pg_dump` in `PGPASSWORD` and never shows in the process list.
pub fn split_password(url: &str) -> (String, Option<String>) {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return (url.to_string(), None);
    };
    let authority_end = url[scheme_end..]
        .find(['/', '?'])
        .map_or(url.len(), |i| i + scheme_end);
    let authority = &url[scheme_end..authority_end];
    let Some(at) = authority.rfind('@') else {
        return (url.to_string(), None);
    };
    let Some((user, password)) = authority[..at].split_once(':') else {
        return (url.to_string(), None);
    };
    let bare = format!(
        "{}{user}{}{}",
        &url[..scheme_end],
        &authority[at..],
        &url[authority_end..]
    );
    (bare, Some(percent_decode(password)))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_utc_to_the_second() {
        // 2026-09-01 11:00 in Tashkent is 06:00 UTC.
        assert_eq!(utc_stamp(1_788_242_400_000), "20260901-060000");
        assert_eq!(utc_stamp(951_782_399_000), "20000228-235959");
        assert_eq!(utc_stamp(951_782_400_000), "20000229-000000");
    }

    #[test]
    fn sqlite_urls_name_their_file() {
        let p = sqlite_path("sqlite://data/alif24.db?mode=rwc").unwrap();
        assert_eq!(p, PathBuf::from("data/alif24.db"));
        assert_eq!(
            sqlite_path("sqlite:///tmp/x.db").unwrap(),
            PathBuf::from("/tmp/x.db")
        );
        assert!(sqlite_path("sqlite::memory:").is_err());
    }

    #[test]
    fn the_password_leaves_the_url() {
        assert_eq!(
            split_password("postgres://alif24:p%40ss:w@db:5432/alif24?sslmode=disable"),
            (
                "postgres://alif24@db:5432/alif24?sslmode=disable".to_string(),
                Some("p@ss:w".to_string())
            )
        );
        assert_eq!(
            split_password("postgres://alif24@db/alif24"),
            ("postgres://alif24@db/alif24".to_string(), None)
        );
        assert_eq!(
            split_password("postgres://db/alif24"),
            ("postgres://db/alif24".to_string(), None)
        );
    }
}
