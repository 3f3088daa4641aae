//! Word problems from the language's story templates: a child's name, a friend's name and a
//! countable thing, with number agreement done by the content's noun forms.

use rand::seq::SliceRandom;
use rand::Rng;

use super::distractors;
use super::expr::{num, Fact, Op};
use crate::generate::choice;
use crate::generate::content::{self, Gender, MathPhrases, Name, Object, StoryOp};
use crate::generate::template::fill;
use crate::model::question::{Body, Question};
use kernel::i18n::Lang;

/// The operations a grade's stories use: + and − from grade 1, × from 2, ÷ from 3.
fn ops(grade: i64) -> &'static [StoryOp] {
    match grade {
        1 => &[StoryOp::Add, StoryOp::Sub],
        2 => &[StoryOp::Add, StoryOp::Sub, StoryOp::Mul],
        _ => &[StoryOp::Add, StoryOp::Sub, StoryOp::Mul, StoryOp::Div],
    }
}

/// Numbers of a story: small enough to picture.
fn fact(op: StoryOp, grade: i64, rng: &mut impl Rng) -> Fact {
    let limit = match grade {
        1 => 10,
        2 => 50,
        _ => 100,
    };
    match op {
        StoryOp::Add => {
            let total = rng.gen_range(3..=limit);
            let a = rng.gen_range(1..total);
            Fact::new(a, Op::Add, total - a)
        }
        StoryOp::Sub => {
            let a = rng.gen_range(3..=limit);
            Fact::new(a, Op::Sub, rng.gen_range(1..a))
        }
        StoryOp::Mul => Fact::new(rng.gen_range(2..=9), Op::Mul, rng.gen_range(2..=9)),
        StoryOp::Div => {
            let b = rng.gen_range(2..=9);
            Fact::new(b * rng.gen_range(2..=9), Op::Div, b)
        }
    }
}

pub fn word_problem(
    grade: i64,
    lang: Lang,
    m: &MathPhrases,
    rng: &mut impl Rng,
) -> Option<(Question, i64)> {
    let words = &content::of(lang).words;
    let op = *ops(grade).choose(rng)?;
    let story = words
        .problems
        .iter()
        .filter(|s| s.op == op)
        .collect::<Vec<_>>()
        .choose(rng)
        .copied()?;
    let things: Vec<&Object> = words
        .objects
        .iter()
        .filter(|o| o.food || !story.food)
        .collect();
    let object = *things.choose(rng)?;
    let pair: Vec<&Name> = words.names.choose_multiple(rng, 2).collect();
    let fact = fact(op, grade, rng);
    let prompt = render(&story.text, lang, &fact, pair[0], pair[1], object);
    let key = fact.value();
    let explanation = Some(fact.equation(m));
    let difficulty = fact.difficulty() + 1;
    if rng.gen_bool(0.3) {
        return Some((
            Question {
                prompt,
                body: Body::Numeric {
                    answer: key as f64,
                    tolerance: 0.0,
                },
                explanation,
            },
            difficulty + 1,
        ));
    }
    let wrong = distractors::numbers(key, &distractors::mistakes(&fact), false, rng);
    let body = choice::single(num(key, true), wrong.iter().map(i64::to_string), 4, rng)?;
    Some((
        Question {
            prompt,
            body,
            explanation,
        },
        difficulty,
    ))
}

/// Fills a story: `{a}` `{b}`, `{a:obj}` (number with the agreeing noun), `{a:obj_acc}`,
/// `{obj:<form>}`, `{name}`/`{name:<form>}`, `{friend:<form>}`, `{g:his|her}` by the name's gender.
pub fn render(
    text: &str,
    lang: Lang,
    fact: &Fact,
    name: &Name,
    friend: &Name,
    object: &Object,
) -> String {
    fill(text, |key| {
        let (head, form) = key.split_once(':').unwrap_or((key, ""));
        match head {
            "a" | "b" => {
                let n = if head == "a" { fact.a } else { fact.b };
                match form {
                    "" => Some(n.to_string()),
                    "obj" | "obj_acc" => {
                        counted(lang, n, form == "obj_acc", object).map(|w| format!("{n} {w}"))
                    }
                    _ => None,
                }
            }
            "obj" => object.forms.get(form).cloned(),
            "name" | "friend" => {
                let who = if head == "name" { name } else { friend };
                who.forms
                    .get(if form.is_empty() { "nom" } else { form })
                    .cloned()
            }
            "g" => {
                let (male, female) = form.split_once('|')?;
                Some(
                    if name.gender == Gender::Male {
                        male
                    } else {
                        female
                    }
                    .to_string(),
                )
            }
            _ => None,
        }
    })
}

/// The noun form after the number `n`: Russian one/few/many (1, 2–4, 5–20…), English
/// singular/plural; Uzbek keeps the singular after numbers.
fn counted(lang: Lang, n: i64, accusative: bool, object: &Object) -> Option<String> {
    let n = n.abs();
    let category = match lang {
        Lang::Ru if n % 10 == 1 && n % 100 != 11 => "one",
        Lang::Ru if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) => "few",
        Lang::Ru => "many",
        Lang::En if n == 1 => "one",
        Lang::En => "other",
        Lang::Uz => "one",
    };
    let acc = format!("{category}_acc");
    let form = if accusative {
        object.forms.get(&acc)
    } else {
        None
    };
    form.or_else(|| object.forms.get(category)).cloned()
}

/// Every story with every name and object in every language, for the content tests.
#[cfg(test)]
pub fn all_renderings(lang: Lang) -> Vec<String> {
    let words = &content::of(lang).words;
    let mut out = Vec::new();
    for story in &words.problems {
        for (i, name) in words.names.iter().enumerate() {
            let friend = &words.names[(i + 1) % words.names.len()];
            for object in words.objects.iter().filter(|o| o.food || !story.food) {
                for (a, b) in [(1, 1), (2, 3), (5, 11), (21, 14), (22, 25)] {
                    out.push(render(
                        &story.text,
                        lang,
                        &Fact::new(a, Op::Add, b),
                        name,
                        friend,
                        object,
                    ));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_story_renders_completely_in_every_language() {
        for lang in Lang::ALL {
            let all = all_renderings(lang);
            assert!(all.len() > 100);
            for text in all {
                assert!(!text.contains(['{', '}']), "{lang:?}: {text}");
            }
        }
    }

    #[test]
    fn russian_nouns_agree_with_numbers() {
        let words = &content::of(Lang::Ru).words;
        let pear = words
            .objects
            .iter()
            .find(|o| o.forms["one"] == "груша")
            .unwrap();
        let said = |n, acc| counted(Lang::Ru, n, acc, pear).unwrap();
        assert_eq!(said(1, false), "груша");
        assert_eq!(said(21, true), "грушу");
        assert_eq!(said(3, true), "груши");
        assert_eq!(said(12, false), "груш");
        assert_eq!(said(5, false), "груш");
    }

    #[test]
    fn a_russian_story_reads_right() {
        let words = &content::of(Lang::Ru).words;
        let story = words
            .problems
            .iter()
            .find(|s| s.text.starts_with("У {name:gen} {a:obj}. Мама"))
            .unwrap();
        let malika = words
            .names
            .iter()
            .find(|n| n.forms["nom"] == "Малика")
            .unwrap();
        let apple = words
            .objects
            .iter()
            .find(|o| o.forms["one"] == "яблоко")
            .unwrap();
        let text = render(
            &story.text,
            Lang::Ru,
            &Fact::new(5, Op::Add, 1),
            malika,
            malika,
            apple,
        );
        assert_eq!(
            text,
            "У Малики 5 яблок. Мама дала ей ещё 1 яблоко. Сколько яблок теперь у Малики?"
        );
    }
}
