//! Decodable stories for beginning Uzbek readers: mini-stories from `decodable-uz.json` whose
//! sentences are kept only when every word splits into the letters the child has learned.

use std::collections::BTreeMap;

use questions::model::question::Question;

use super::bank::{Bank, Frame, Line, Word, BANK};
use super::grammar::{uz_cases, Role};
use super::letters::{normalize_letter, readable};
use super::quiz::single;
use super::render::{capitalize, render, Ctx};
use super::rng::Rng;
use super::{ComposeError, Story};
use crate::model::Age;

/// A short Uzbek story using only words made of `letters` (lower case, as the Harf alphabet
/// writes them: "a", "b", …, "oʻ", "gʻ", "sh", "ch", "ng", "ʼ").
pub fn decodable(letters: &[String], age: Age, seed: u64) -> Result<Story, ComposeError> {
    let known: Vec<String> = letters.iter().map(|l| normalize_letter(l)).collect();
    let bank = &*BANK;
    let mut rng = Rng::new(seed, 2);
    let mut frames: Vec<&Frame> = bank.stories.iter().collect();
    rng.shuffle(&mut frames);
    let max = if age == Age::Young { 4 } else { 6 };
    for frame in frames {
        for _ in 0..6 {
            if let Some(story) = attempt(bank, frame, &known, max, &mut rng) {
                return Ok(story);
            }
        }
    }
    Err(ComposeError::NotEnoughLetters)
}

fn attempt(
    bank: &Bank,
    frame: &Frame,
    known: &[String],
    max: usize,
    rng: &mut Rng,
) -> Option<Story> {
    let mut fill: BTreeMap<&str, &Word> = BTreeMap::new();
    for (slot, kind) in &frame.slots {
        let of_kind: Vec<&Word> = bank
            .words
            .iter()
            .filter(|w| w.is(kind) && !fill.values().any(|f| f.w == w.w))
            .collect();
        let fits: Vec<&Word> = of_kind
            .iter()
            .copied()
            .filter(|w| readable(&w.w, known))
            .collect();
        let pool = if fits.is_empty() { &of_kind } else { &fits };
        if pool.is_empty() {
            return None;
        }
        fill.insert(slot, *rng.pick(pool.as_slice()));
    }
    let roles: Vec<(String, Role)> = fill
        .iter()
        .map(|(s, w)| {
            (
                s.to_string(),
                Role {
                    forms: uz_cases(&w.w),
                    ..Role::default()
                },
            )
        })
        .collect();
    let ctx = Ctx {
        roles: roles.iter().map(|(s, r)| (s.as_str(), r)).collect(),
    };
    let mut lines = Vec::new();
    for line in &frame.sentences {
        let text = render(&line.t, &ctx, rng);
        if readable(&text, known) && lines.len() < max {
            lines.push((text, line));
        }
    }
    if lines.len() < 3 {
        return None;
    }
    let hero = fill.get("p")?;
    let mut asked: Vec<Question> = Vec::new();
    for (_, line) in &lines {
        let (Some(q), Some(a)) = (&line.q, &line.a) else {
            continue;
        };
        let prompt = render(q, &ctx, rng);
        if asked.len() == 2 || asked.iter().any(|x| x.prompt == prompt) {
            continue;
        }
        let word = fill.get(a.as_str())?;
        let kind = frame.slots.get(a.as_str())?;
        if let Some(question) = picture_question(bank, prompt, word, |w| w.is(kind), rng) {
            asked.push(question);
        }
    }
    let character = |w: &Word| bank.characters.iter().any(|k| w.is(k));
    asked.insert(
        0,
        picture_question(bank, bank.who.clone(), hero, character, rng)?,
    );
    if asked.len() < 2 {
        return None;
    }
    let pictures = lines.iter().map(|(_, l)| picture(l, &fill, hero)).collect();
    Some(Story {
        title: capitalize(&hero.w),
        paragraphs: lines.into_iter().map(|(t, _)| t).collect(),
        pictures,
        questions: asked,
        talk: Vec::new(),
        moral: String::new(),
        hero: hero.w.clone(),
        place: String::new(),
        theme: frame.id.clone(),
    })
}

/// A question answered by pictures: the word's emoji among two other emoji of words `like` it.
fn picture_question(
    bank: &Bank,
    prompt: String,
    right: &Word,
    like: impl Fn(&Word) -> bool,
    rng: &mut Rng,
) -> Option<Question> {
    let mut pool: Vec<&Word> = bank
        .words
        .iter()
        .filter(|w| like(w) && !w.e.is_empty() && w.e != right.e)
        .collect();
    rng.shuffle(&mut pool);
    let mut wrong: Vec<String> = Vec::new();
    for w in pool {
        if wrong.len() < 2 && !wrong.contains(&w.e) {
            wrong.push(w.e.clone());
        }
    }
    (wrong.len() == 2 && !right.e.is_empty()).then(|| single(prompt, right.e.clone(), wrong, rng))
}

/// The picture of a line: the first slot word it names that has an emoji, else the character's.
fn picture(line: &Line, fill: &BTreeMap<&str, &Word>, hero: &Word) -> String {
    let t = line.t.to_lowercase();
    let mut named: Vec<(usize, &Word)> = fill
        .iter()
        .filter_map(|(s, w)| t.find(&format!("{{{s}.")).map(|i| (i, *w)))
        .collect();
    named.sort_by_key(|(i, _)| *i);
    named
        .into_iter()
        .map(|(_, w)| w)
        .find(|w| !w.e.is_empty())
        .unwrap_or(hero)
        .e
        .clone()
}
