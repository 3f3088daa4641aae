//! Harf progress of the demo's children: on three or four afternoons a week each child plays
//! the next letter cards of their class's alphabet, with results that follow their ability
//! (a strong child traces cleanly and finds every letter; a weak one needs a second go). The
//! Harf service turns plays into stars, learned cards, XP and coins in the rewards ledger.

use harf::scoring::ActivityResult;
use kernel::AppResult;
use rand::rngs::StdRng;
use rand::Rng;

use super::people::World;
use super::random::{binomial, chance, logistic, normal};
use super::{Event, Kind, Story};

/// One sitting: a child plays `cards` new cards (and sometimes replays the last one).
pub struct Session {
    pub student: usize,
    pub cards: usize,
}

/// Days of the story on which children play Harf.
const FIRST_DAY: i64 = 6;

/// The sittings of every child, spread over the weeks after they joined.
pub fn plan(story: &Story<'_>, world: &World, rng: &mut StdRng) -> Vec<Event> {
    let story_days = super::STORY_DAYS;
    let mut out = Vec::new();
    for (index, s) in world.students.iter().enumerate() {
        let plan = world.classes[s.class].plan;
        let (low, high) = plan.cards;
        let share = logistic(s.ability, 0.9);
        let target = (low as f64 + share * (high - low) as f64 + normal(rng, 0.0, 1.5))
            .round()
            .clamp(low as f64, high as f64) as usize;
        let mut days: Vec<i64> = (FIRST_DAY..story_days)
            .filter(|_| chance(rng, 0.45))
            .collect();
        if days.is_empty() {
            days.push(story_days - 1);
        }
        let sittings = days.len().min(target).max(1);
        for (i, day) in days.iter().take(sittings).enumerate() {
            let cards = (i + 1) * target / sittings - i * target / sittings;
            // Pre-school groups play in the morning at the centre, school children at home.
            let hour = if plan.age < 7 {
                rng.gen_range(9.5..12.0)
            } else {
                rng.gen_range(15.0..20.5)
            };
            out.push(Event {
                at: story.day(*day, hour),
                kind: Kind::Harf(Session {
                    student: index,
                    cards,
                }),
            });
        }
    }
    out
}

/// Plays one sitting: each new card's five activities until each has a star.
pub async fn play(
    story: &Story<'_>,
    world: &World,
    session: &Session,
    rng: &mut StdRng,
) -> AppResult<()> {
    let student = &world.students[session.student];
    let alphabet_code = world.classes[student.class].plan.language;
    let alphabet = alphabets::CONTENT
        .alphabet(alphabet_code)
        .expect("the three alphabets ship with the platform");
    let states = harf::service::states(story.state, student.who.id, alphabet_code).await?;
    let next = states
        .iter()
        .position(|c| !c.learned)
        .unwrap_or(states.len());
    for index in next..(next + session.cards).min(alphabet.cards.len()) {
        let card = &alphabet.cards[index];
        // Later letters are a little harder.
        let p = logistic(student.ability + 1.0, index as f64 * 0.04);
        for activity in harf::scoring::Activity::REQUIRED {
            for attempt in 0..4 {
                story.wait(rng.gen_range(25_000..90_000));
                let result = result(rng, activity, p, attempt == 3);
                let played = harf::service::record(
                    story.state,
                    &student.who,
                    &card.id,
                    activity.as_str(),
                    &result,
                )
                .await?;
                // Most children stop at the first star; some play again for three.
                if played.stars >= 3 || (played.stars >= 1 && !chance(rng, 0.25)) {
                    break;
                }
            }
        }
    }
    Ok(())
}

/// What a child of success chance `p` scores in one activity; `sure` gives a passing result
/// (a teacher or a parent helps after three tries).
fn result(
    rng: &mut StdRng,
    activity: harf::scoring::Activity,
    p: f64,
    sure: bool,
) -> ActivityResult {
    use harf::scoring::Activity;
    let mut r = ActivityResult::default();
    match activity {
        Activity::Listen => r.completed = Some(sure || chance(rng, 0.92)),
        Activity::Trace => {
            let coverage = normal(rng, 0.45 + 0.45 * p, 0.1).clamp(0.0, 1.0);
            let outside = normal(rng, 0.45 - 0.35 * p, 0.08).clamp(0.0, 1.0);
            let (coverage, outside) = if sure {
                (coverage.max(0.5), outside.min(0.4))
            } else {
                (coverage, outside)
            };
            r.coverage = Some(coverage);
            r.outside = Some(outside);
        }
        _ => {
            let total = 5;
            let correct = binomial(rng, total, p);
            r.total = Some(total);
            r.correct = Some(if sure { correct.max(3) } else { correct });
        }
    }
    r
}
