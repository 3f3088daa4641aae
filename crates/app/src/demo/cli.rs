//! `alif24 seed --demo [--force]` on the console: runs the seed on the configured database
//! with a clock the story can move, and prints what it made and the logins to try.

use std::sync::Arc;
use std::time::Instant;

use kernel::clock::{Clock, ManualClock, SystemClock};
use kernel::config::Config;
use kernel::i18n::Lang;

use super::Outcome;

/// Runs the seed and prints the result in English, like the rest of the command line.
pub async fn run(config: Config, force: bool) -> anyhow::Result<()> {
    let clock = Arc::new(ManualClock::new(SystemClock.now_ms()));
    let state = crate::build_state(config, clock.clone()).await?;
    let started = Instant::now();
    let lang = Lang::En;
    let i18n = &state.i18n;
    let summary = match super::seed(&state, &clock, force).await {
        Ok(Outcome::Seeded(s)) => {
            let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
            println!("{}", i18n.get(lang, "demo-seeded", &[]));
            println!("{}", i18n.get(lang, "demo-took", &[("seconds", seconds)]));
            s
        }
        Ok(Outcome::AlreadySeeded(s)) => {
            let date = [("date", kernel::clock::format_tashkent(s.seeded_at))];
            println!("{}", i18n.get(lang, "demo-already", &date));
            s
        }
        Err(e) if e.code.starts_with("demo_") => {
            anyhow::bail!("{}", i18n.get(lang, &e.message_key(), &e.args))
        }
        Err(e) => {
            let mut words = vec![i18n.get(lang, &e.message_key(), &e.args)];
            for f in &e.fields {
                words.push(format!("{}: {}", f.field, i18n.get(lang, &f.key, &f.args)));
            }
            anyhow::bail!("{e}: {}", words.join(" "))
        }
    };
    println!("{}", summary.counts(i18n, lang));
    println!("{}", i18n.get(lang, "demo-logins", &[]));
    print!("{}", summary.table(i18n, lang));
    Ok(())
}
