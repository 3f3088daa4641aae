//! Tests in the demo: teachers write the tests of `content/demo/tests.json` into their banks,
//! share one with their school (where a colleague copies it), assign them to their classes,
//! and the children take them. Each child answers each item by an item-response model (their
//! ability against the item's difficulty); a wrong answer goes to the item's lure more often
//! than to the other options, so item statistics show an easy item, a hard one and a
//! distractor that attracts.

use std::collections::HashMap;
use std::sync::LazyLock;

use exams::service::{assign, attempts, bank, exam_tests};
use kernel::{AppError, AppResult};
use questions::model::answer::Answer;
use questions::model::question::{Body, Question};
use rand::rngs::StdRng;
use rand::Rng;
use serde::Deserialize;

use super::people::World;
use super::random::{chance, logistic, normal};
use super::{Event, Kind, Story};

#[derive(Deserialize)]
struct File {
    tests: Vec<TestData>,
}

#[derive(Deserialize)]
struct TestData {
    key: String,
    title: String,
    subject: String,
    grade: i64,
    language: String,
    topic: String,
    max_attempts: i64,
    questions: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    #[serde(flatten)]
    question: Question,
    sim: Sim,
}

/// How the demo's children answer an item.
#[derive(Deserialize)]
struct Sim {
    b: f64,
    lure: usize,
    pull: f64,
}

static TESTS: LazyLock<File> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../content/demo/tests.json"))
        .expect("content/demo/tests.json parses")
});

/// A test given to a class: (test, class, opens on day, due on day, share of children who
/// take it). The last one is still open today, so dashboards show work in progress.
const ASSIGNMENTS: [(&str, usize, i64, i64, f64); 6] = [
    ("alifbo", 0, 15, 22, 0.92),
    ("bukvy", 1, 17, 24, 0.9),
    ("math2", 3, 21, 28, 0.93),
    ("math2", 4, 22, 29, 0.9),
    ("animals", 2, 26, 33, 0.9),
    ("uzbek2", 3, 30, 38, 0.7),
];

/// How sharply an item tells stronger children from weaker ones (the slope of the logistic
/// curve): with 1.5 an easy item is right for about nine in ten, a hard one for about three.
const DISCRIMINATION: f64 = 1.5;

/// One child's attempt at an assignment.
pub struct Attempt {
    pub student: usize,
    pub assignment_id: i64,
    test: usize,
    /// Added to the child's ability (a retake after practice).
    boost: f64,
}

/// Writes the tests, assigns them, and plans the attempts.
pub async fn plan(story: &Story<'_>, world: &World, rng: &mut StdRng) -> AppResult<Vec<Event>> {
    let mut made: HashMap<(usize, usize), i64> = HashMap::new();
    let mut out = Vec::new();
    for (key, class_index, opens, due, share) in ASSIGNMENTS {
        let test = TESTS
            .tests
            .iter()
            .position(|t| t.key == key)
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("no demo test {key}")))?;
        let class = &world.classes[class_index];
        let teacher = class.plan.teacher;
        story.at(story.day(opens - 1, 20.0));
        let test_id = match made.get(&(test, teacher)) {
            Some(id) => *id,
            None => {
                let id = match made.iter().find(|((t, _), _)| *t == test) {
                    // A colleague's test, shared with the school: copied into this bank.
                    Some(((_, owner), id)) => {
                        let owner = &world.teachers[*owner];
                        exam_tests::set_visibility(story.state, owner, *id, "org", None).await?;
                        story.wait(3_600_000);
                        exam_tests::copy(story.state, &world.teachers[teacher], *id)
                            .await?
                            .id
                    }
                    None => write(story, world, teacher, &TESTS.tests[test]).await?,
                };
                made.insert((test, teacher), id);
                id
            }
        };
        let opens_at = story.day(opens, 8.0);
        let due_at = story.day(due, 20.0);
        let input = assign::AssignInput {
            test_id: Some(test_id),
            class_id: Some(class.id),
            opens_at: Some(opens_at),
            due_at: Some(due_at),
        };
        let assignment = assign::assign(story.state, &world.teachers[teacher], &input).await?;
        let last = due.min(story.today() - 1);
        for &student in &class.students {
            if !chance(rng, share) {
                continue;
            }
            let day = rng.gen_range(opens..=last);
            let at = story.day(day, rng.gen_range(9.0..20.0));
            out.push(attempt(at, student, assignment.id, test, 0.0));
            let weak = world.students[student].ability < 0.2;
            if TESTS.tests[test].max_attempts > 1 && weak && chance(rng, 0.5) && day < last {
                let again = story.day(rng.gen_range(day + 1..=last), rng.gen_range(9.0..20.0));
                out.push(attempt(again, student, assignment.id, test, 0.5));
            }
        }
    }
    Ok(out)
}

fn attempt(at: i64, student: usize, assignment_id: i64, test: usize, boost: f64) -> Event {
    Event {
        at,
        kind: Kind::Attempt(Attempt {
            student,
            assignment_id,
            test,
            boost,
        }),
    }
}

/// A teacher writes a test: each question into the bank, then the test from them.
async fn write(
    story: &Story<'_>,
    world: &World,
    teacher: usize,
    data: &TestData,
) -> AppResult<i64> {
    let who = &world.teachers[teacher];
    let mut ids = Vec::new();
    for item in &data.questions {
        story.wait(90_000);
        let input = bank::QuestionInput {
            subject: Some(data.subject.clone()),
            grade: Some(data.grade),
            topic: Some(data.topic.clone()),
            language: Some(data.language.clone()),
            difficulty: Some(if item.sim.b < -0.7 {
                1
            } else if item.sim.b < 0.7 {
                2
            } else {
                3
            }),
            question: Some(item.question.clone()),
            image_id: None,
            status: None,
        };
        ids.push(bank::create(story.state, who, &input).await?.id);
    }
    let input = exam_tests::TestInput {
        title: Some(data.title.clone()),
        subject: Some(data.subject.clone()),
        grade: Some(data.grade),
        language: Some(data.language.clone()),
        max_attempts: Some(data.max_attempts),
        time_limit_min: Some(if data.subject == "math" { 20 } else { 0 }),
        ..Default::default()
    };
    let test = exam_tests::create(story.state, who, &input).await?;
    exam_tests::add_questions(story.state, who, test.id, &ids, None).await?;
    Ok(test.id)
}

/// A child takes a test: answers item by item, skipping one now and then, and hands it in.
pub async fn take(
    story: &Story<'_>,
    world: &World,
    a: &Attempt,
    rng: &mut StdRng,
) -> AppResult<()> {
    let student = &world.students[a.student];
    let data = &TESTS.tests[a.test];
    let view = attempts::start(story.state, &student.who, a.assignment_id).await?;
    let ability = student.ability + a.boost + normal(rng, 0.0, 0.3);
    for shown in &view.questions {
        story.wait(rng.gen_range(8_000..50_000));
        let Some(item) = data
            .questions
            .iter()
            .find(|i| i.question.prompt == shown.prompt)
        else {
            continue;
        };
        if chance(rng, 0.03) {
            continue;
        }
        let choice = choose(rng, item, ability);
        let input = attempts::AnswerInput {
            answer: Some(Answer::Single { choice }),
            time_ms: Some(rng.gen_range(6_000..45_000)),
        };
        attempts::answer(story.state, &student.who, view.id, shown.id, &input).await?;
    }
    story.wait(20_000);
    attempts::submit(story.state, &student.who, view.id).await?;
    Ok(())
}

/// The option a child of `ability` picks (stored index).
fn choose(rng: &mut StdRng, item: &Item, ability: f64) -> usize {
    let Body::Single { options, correct } = &item.question.body else {
        return 0;
    };
    if chance(
        rng,
        logistic(DISCRIMINATION * ability, DISCRIMINATION * item.sim.b),
    ) {
        return *correct;
    }
    if item.sim.lure != *correct && chance(rng, item.sim.pull) {
        return item.sim.lure;
    }
    let wrong: Vec<usize> = (0..options.len()).filter(|i| i != correct).collect();
    wrong[rng.gen_range(0..wrong.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_question_passes_the_question_checks_and_its_lure_is_a_wrong_option() {
        for t in &TESTS.tests {
            for item in &t.questions {
                questions::check::check(&item.question)
                    .unwrap_or_else(|p| panic!("{}: {p:?}", item.question.prompt));
                let Body::Single { options, correct } = &item.question.body else {
                    panic!(
                        "{}: the demo answers single-choice items",
                        item.question.prompt
                    );
                };
                assert!(item.sim.lure < options.len() && item.sim.lure != *correct);
            }
        }
        for (key, ..) in ASSIGNMENTS {
            assert!(TESTS.tests.iter().any(|t| t.key == key), "{key}");
        }
    }
}
