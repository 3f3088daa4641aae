//! Questions about the story just written (who, where, who helped, what went wrong, one
//! true/false statement) and the open talk prompts for older children.

use questions::model::question::{Body, Question};

use super::content::{HeroDef, PlaceDef};
use super::grammar;
use super::render::{self, capitalize};
use super::rng::Rng;
use super::story::Cast;
use super::Talk;
use crate::model::{Age, Length};

/// A single-choice question with `right` among `wrong`, in seeded order.
pub(crate) fn single(prompt: String, right: String, wrong: Vec<String>, rng: &mut Rng) -> Question {
    let mut options = vec![right.clone()];
    options.extend(wrong);
    rng.shuffle(&mut options);
    let correct = options.iter().position(|o| *o == right).unwrap_or(0);
    Question {
        prompt,
        body: Body::Single { options, correct },
        explanation: None,
    }
}

/// `n` distinct items of `pool` other than those `skip` rejects, in seeded order.
fn others<'a, T>(pool: &'a [T], n: usize, skip: impl Fn(&T) -> bool, rng: &mut Rng) -> Vec<&'a T> {
    let mut left: Vec<&T> = pool.iter().filter(|t| !skip(t)).collect();
    rng.shuffle(&mut left);
    left.truncate(n);
    left
}

fn hero_label(cast: &Cast, def: &HeroDef) -> String {
    let role = grammar::hero(cast.lang, def, None, &cast.c.named);
    format!(
        "{} {}",
        def.emoji,
        capitalize(role.form("nom").unwrap_or(&def.name))
    )
}

fn place_label(p: &PlaceDef) -> String {
    format!("{} {}", p.emoji, p.name)
}

/// The questions of a story: 4 for young children (5 in a medium story), 5 for older ones.
pub(crate) fn questions(cast: &Cast, age: Age, length: Length, rng: &mut Rng) -> Vec<Question> {
    let ctx = cast.ctx();
    let q = &cast.c.quiz;
    let mut out = Vec::new();
    let hero_right = format!(
        "{} {}",
        cast.hero.emoji,
        capitalize(cast.hero_role.form("nom").unwrap_or_default())
    );
    let wrong = others(
        &cast.c.heroes,
        2,
        |h| h.id == cast.hero.id || h.id == cast.helper.id,
        rng,
    );
    let wrong = wrong.into_iter().map(|h| hero_label(cast, h)).collect();
    out.push(single(
        render::render(&q.who, &ctx, rng),
        hero_right,
        wrong,
        rng,
    ));
    let wrong = others(&cast.c.places, 2, |p| p.id == cast.place.id, rng);
    let wrong = wrong.into_iter().map(place_label).collect();
    out.push(single(
        render::render(&q.place, &ctx, rng),
        place_label(cast.place),
        wrong,
        rng,
    ));
    if age == Age::Older || length == Length::Medium {
        out.push(problem(cast, rng));
    }
    if age == Age::Young {
        let wrong = others(
            &cast.c.heroes,
            2,
            |h| h.id == cast.hero.id || h.id == cast.helper.id,
            rng,
        );
        let wrong = wrong.into_iter().map(|h| hero_label(cast, h)).collect();
        let prompt = render::render(&q.helper, &ctx, rng);
        out.push(single(prompt, hero_label(cast, cast.helper), wrong, rng));
    } else {
        out.push(Question {
            prompt: render::render(&q.helper_short, &ctx, rng),
            body: Body::Short {
                accepted: accepted(cast),
            },
            explanation: Some(capitalize(cast.helper_role.form("nom").unwrap_or_default())),
        });
    }
    let fact = rng.pick(cast.plot.facts.as_slice());
    let text = render::render(&fact.text, &ctx, rng);
    let prompt = render::render(&q.fact, &ctx, rng).replace("{fact}", &text);
    out.push(Question {
        prompt,
        body: Body::TrueFalse {
            answer: fact.answer,
        },
        explanation: None,
    });
    out
}

fn problem(cast: &Cast, rng: &mut Rng) -> Question {
    let ctx = cast.ctx();
    let label = |emoji: &str, text: &str, rng: &mut Rng| {
        format!("{emoji} {}", render::render(text, &ctx, rng))
    };
    let right = label(&cast.plot.problem_emoji, &cast.plot.problem, rng);
    let plots: Vec<_> = cast
        .c
        .themes
        .iter()
        .filter(|t| t.id != cast.theme.id)
        .flat_map(|t| &t.plots)
        .collect();
    let wrong = others(
        &plots,
        2,
        |p| p.problem_emoji == cast.plot.problem_emoji,
        rng,
    );
    let wrong = wrong
        .into_iter()
        .map(|p| label(&p.problem_emoji, &p.problem, rng))
        .collect();
    single(
        render::render(&cast.c.quiz.problem, &ctx, rng),
        right,
        wrong,
        rng,
    )
}

/// The typed answers accepted for "who helped?": the helper's name as written, in lower case,
/// capitalised, and the species words the content lists.
fn accepted(cast: &Cast) -> Vec<String> {
    let nom = cast.helper_role.form("nom").unwrap_or_default().to_string();
    let mut out = vec![
        nom.clone(),
        nom.to_lowercase(),
        capitalize(&nom),
        cast.helper.name.clone(),
    ];
    out.extend(cast.helper.accepted.iter().cloned());
    let mut seen = std::collections::BTreeSet::new();
    out.retain(|a| seen.insert(a.clone()));
    out
}

/// Talk prompts for older children: one after a short story, two after a medium one.
pub(crate) fn talk(cast: &Cast, age: Age, length: Length, rng: &mut Rng) -> Vec<Talk> {
    if age == Age::Young {
        return Vec::new();
    }
    let ctx = cast.ctx();
    let mut prompts: Vec<&Talk> = cast.theme.talk.iter().collect();
    rng.shuffle(&mut prompts);
    prompts.truncate(if length == Length::Short { 1 } else { 2 });
    prompts
        .into_iter()
        .map(|t| Talk {
            prompt: render::render(&t.prompt, &ctx, rng),
            keywords: t.keywords.clone(),
        })
        .collect()
}
