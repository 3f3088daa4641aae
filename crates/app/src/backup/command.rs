//! The console side of `alif24 backup` and `alif24 restore`: what they print.

use std::path::Path;

use kernel::clock::{Clock, SystemClock};
use kernel::config::Config;

use super::Confirm;

/// `alif24 backup [--out DIR]`.
pub async fn backup(config: &Config, out: &Path) -> anyhow::Result<()> {
    let done = super::backup(&config.database_url, out, SystemClock.now_ms()).await?;
    println!(
        "Backup written and checked: {} ({}, {} ms).",
        done.file.display(),
        size(done.bytes),
        done.duration.as_millis()
    );
    Ok(())
}

/// `alif24 restore FILE [--force]`.
pub async fn restore(config: &Config, file: &Path, force: bool) -> anyhow::Result<()> {
    let confirm = if force { Confirm::Force } else { Confirm::Ask };
    let done = super::restore(&config.database_url, file, confirm, SystemClock.now_ms()).await?;
    println!(
        "Restored {} into {} ({} ms).",
        file.display(),
        done.target,
        done.duration.as_millis()
    );
    if let Some(kept) = &done.kept {
        println!("The database it replaced is kept as {}.", kept.display());
    }
    match done.pending_migrations {
        Some(0) => println!("The backup is at this version's schema."),
        Some(n) => println!(
            "The backup lacks {n} newer migrations; `alif24 migrate` (or the next start) applies them."
        ),
        None => println!("Migrations newer than the backup are applied by `alif24 migrate` or the next start."),
    }
    Ok(())
}

/// `2.3 MiB`.
fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / 1_048_576.0),
        b if b >= 1 << 10 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{b} bytes"),
    }
}
