//! `alif24 seed --demo`: a living demo in three languages, made through the domains' own
//! services as real use would make it — a learning centre and a school with their teachers,
//! classes of 20–30 children with their parents, Harf progress with its coins, and tests with
//! finished attempts whose scores and item statistics have real shapes.
//!
//! The story is played on a clock of its own: it starts five weeks before now and moves
//! forward event by event, so every row carries the time it would have in real use and the
//! dashboards show a history. A fixed random seed makes the demo the same each time (the
//! Alif24 IDs and join codes stay cryptographically random, as always).

use kernel::clock::{Clock, ManualClock};
use kernel::i18n::Resource;
use kernel::{AppError, AppResult, AppState};
use rand::rngs::StdRng;
use rand::SeedableRng;

pub mod cli;
mod exams;
mod harf;
mod names;
mod people;
mod plan;
mod random;
mod report;
mod store;

pub use report::{Login, Summary};

/// The password every demo account shares.
pub const PASSWORD: &str = "demo-alif24";
/// The seed of the demo's random choices.
const SEED: u64 = 20261210;
/// How many days before now the story starts.
const STORY_DAYS: i64 = 35;
const DAY_MS: i64 = 86_400_000;

/// The messages of the demo seed.
pub const RESOURCES: &[Resource] = kernel::ftl!("app-demo.ftl");

/// What a run did.
#[derive(Debug)]
pub enum Outcome {
    /// The demo was made now.
    Seeded(Summary),
    /// The demo was complete already; nothing changed.
    AlreadySeeded(Summary),
}

/// Fills the database with the demo, or says it is there already. Refuses (`demo_real_users`)
/// on a database with accounts the demo did not make, administrators aside, unless `force`.
/// `clock` must be the clock `state` reads: the story moves it and puts it back at the end.
pub async fn seed(state: &AppState, clock: &ManualClock, force: bool) -> AppResult<Outcome> {
    if let Some(logins) = store::finished(state).await? {
        return Ok(Outcome::AlreadySeeded(Summary::from_json(&logins)?));
    }
    if store::demo_account_count(state).await? > 0 {
        return Err(AppError::conflict("demo_incomplete"));
    }
    let real = store::real_user_count(state).await?;
    if real > 0 && !force {
        return Err(AppError::conflict("demo_real_users").arg("count", real));
    }
    let now = clock.now_ms();
    let story = Story {
        state,
        clock,
        start: now - STORY_DAYS * DAY_MS,
    };
    let result = run(&story, now).await;
    story.at(now);
    let summary = result?;
    store::finish(state, now, &summary.to_json()?).await?;
    Ok(Outcome::Seeded(summary))
}

async fn run(story: &Story<'_>, now: i64) -> AppResult<Summary> {
    let mut rng = StdRng::seed_from_u64(SEED);
    let world = people::make(story, &mut rng).await?;
    let mut timeline = harf::plan(story, &world, &mut rng);
    timeline.extend(exams::plan(story, &world, &mut rng).await?);
    timeline.sort_by_key(|e| e.at);
    let (mut sittings, mut attempts) = (0, 0);
    for event in &timeline {
        story.at(event.at);
        match &event.kind {
            Kind::Harf(session) => {
                harf::play(story, &world, session, &mut rng).await?;
                sittings += 1;
            }
            Kind::Attempt(attempt) => {
                exams::take(story, &world, attempt, &mut rng).await?;
                attempts += 1;
            }
        }
    }
    Ok(report::summary(&world, now, sittings, attempts))
}

/// The database and the clock the story is told on.
pub(crate) struct Story<'a> {
    pub state: &'a AppState,
    clock: &'a ManualClock,
    /// Unix milliseconds of the story's first day.
    pub start: i64,
}

impl Story<'_> {
    /// Moves the clock to `ms`.
    pub fn at(&self, ms: i64) {
        self.clock.advance_ms(ms - self.clock.now_ms());
    }

    /// Moves the clock on by `ms`.
    pub fn wait(&self, ms: i64) {
        self.clock.advance_ms(ms);
    }

    /// Unix milliseconds of `day` (0 is the story's first) at `hour` in Tashkent (UTC+5).
    pub fn day(&self, day: i64, hour: f64) -> i64 {
        let midnight = (self.start + 5 * 3_600_000).div_euclid(DAY_MS) * DAY_MS - 5 * 3_600_000;
        midnight + day * DAY_MS + (hour * 3_600_000.0) as i64
    }

    /// The day the story is told up to (today), counted like [`Story::day`].
    pub fn today(&self) -> i64 {
        STORY_DAYS
    }
}

/// Something that happens at a time in the story.
pub(crate) struct Event {
    pub at: i64,
    pub kind: Kind,
}

pub(crate) enum Kind {
    Harf(harf::Session),
    Attempt(exams::Attempt),
}
