//! A child reads a story: the reading starts on the server (its clock bounds the reading time
//! a page may claim), ends with the quiz answers and the open answers, and pays coins by
//! [`crate::coins`].

use kernel::auth::{Principal, Role};
use kernel::ratelimit::Limit;
use kernel::{AppError, AppResult, AppState};
use questions::grading::credit;
use questions::model::answer::Answer;
use serde::{Deserialize, Serialize};

use crate::body::StoryBody;
use crate::talk::{judge, TalkVerdict};
use crate::{access, coins, reading_store, recording, store};

/// Readings one child may start in an hour.
const READINGS_PER_HOUR: Limit = Limit {
    max: 120,
    window_s: 3600,
};

/// Faster than this is turning pages, not reading: no speed, no coins for it.
pub const MAX_WPM: i64 = 300;

#[derive(Debug, Serialize)]
pub struct Started {
    pub reading_id: i64,
    pub words: i64,
}

/// Starts a reading of a story the child may read.
pub async fn start(app: &AppState, who: &Principal, story_id: i64) -> AppResult<Started> {
    who.require(&[Role::Student])?;
    let story = store::story(app.db.pool(), story_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    access::check_read(app, Some(who), &story).await?;
    let now = app.now_ms();
    app.limiter
        .hit(&format!("kids.readings:{}", who.id), READINGS_PER_HOUR, now)
        .await?;
    let reading_id = reading_store::insert(app.db.pool(), story_id, who.id, now).await?;
    Ok(Started {
        reading_id,
        words: story.words,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct FinishInput {
    /// Milliseconds the child spent reading the text themselves; absent when they only
    /// listened.
    pub read_ms: Option<i64>,
    /// One per question, in order; null for a question left out.
    #[serde(default)]
    pub answers: Vec<Option<Answer>>,
    /// One per open question, in order.
    #[serde(default)]
    pub talk: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ReadingResult {
    pub reading_id: i64,
    pub wpm: Option<i64>,
    /// Per cent of the questions right; None when none was answered.
    pub quiz_score: Option<i64>,
    pub correct: Vec<bool>,
    pub talk: Vec<TalkVerdict>,
    pub coins: i64,
    /// Per cent of the words read aloud right; None when nothing was recorded.
    pub accuracy: Option<i64>,
}

/// The quiz's score in per cent and which answers were right.
pub fn grade(body: &StoryBody, answers: &[Option<Answer>]) -> (Option<i64>, Vec<bool>) {
    let mut total = 0.0;
    let mut correct = Vec::new();
    for (i, q) in body.questions.iter().enumerate() {
        let c = answers
            .get(i)
            .and_then(|a| a.as_ref())
            .map_or(0.0, |a| credit(&q.body, a));
        total += c;
        correct.push(c >= 0.999);
    }
    let answered = answers.iter().any(Option::is_some);
    let n = body.questions.len().max(1) as f64;
    (
        answered.then(|| (100.0 * total / n).round() as i64),
        correct,
    )
}

#[derive(Debug, Serialize)]
pub struct Checked {
    pub quiz_score: Option<i64>,
    pub correct: Vec<bool>,
    pub talk: Vec<TalkVerdict>,
}

/// Grades answers without keeping anything: for visitors, parents and teachers trying a story.
pub async fn check(
    llm: Option<&ai::llm::LlmClient>,
    body: &StoryBody,
    input: &FinishInput,
) -> AppResult<Checked> {
    if input.answers.len() > body.questions.len() || input.talk.len() > body.talk.len() {
        return Err(AppError::field("answers", "smartkids-too-many-answers"));
    }
    if input.talk.iter().any(|t| t.chars().count() > 500) {
        return Err(AppError::field("talk", "smartkids-answer-too-long"));
    }
    let (quiz_score, correct) = grade(body, &input.answers);
    let story = body.paragraphs.join("\n");
    let mut talk = Vec::new();
    for (answer, t) in input.talk.iter().zip(&body.talk) {
        talk.push(judge(llm, &story, &t.prompt, answer, &t.keywords).await);
    }
    Ok(Checked {
        quiz_score,
        correct,
        talk,
    })
}

/// Finishes a reading once: grades it, stores it and pays its coins in one transaction.
pub async fn finish(
    app: &AppState,
    llm: Option<&ai::llm::LlmClient>,
    who: &Principal,
    reading_id: i64,
    input: FinishInput,
) -> AppResult<ReadingResult> {
    let reading = reading_store::get(app.db.pool(), reading_id)
        .await?
        .filter(|r| r.child_id == who.id)
        .ok_or_else(AppError::not_found)?;
    if reading.finished_at.is_some() {
        return Err(AppError::conflict("smartkids_reading_finished"));
    }
    let story = store::story(app.db.pool(), reading.story_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let body: StoryBody = serde_json::from_str(&story.body).map_err(AppError::internal)?;
    let Checked {
        quiz_score,
        correct,
        talk,
    } = check(llm, &body, &input).await?;
    let now = app.now_ms();
    let read_ms = input
        .read_ms
        .filter(|ms| *ms >= 1000)
        .map(|ms| ms.min(now - reading.started_at + 2000));
    // A silent reading the child timed gives the speed; else the paragraphs read aloud do.
    let wpm = match read_ms {
        Some(ms) => coins::wpm(story.words, ms).filter(|w| *w <= MAX_WPM),
        None => recording::wpm(&recording::parse(reading.heard.as_deref())),
    };
    let answers = serde_json::json!({"answers": input.answers, "talk": input.talk}).to_string();
    let mut tx = app.db.begin().await?;
    let first = reading_store::finish(
        &mut tx,
        &reading_store::Finished {
            id: reading_id,
            read_ms,
            wpm,
            accuracy: reading.accuracy,
            heard: reading.heard.as_deref(),
            quiz_score,
            answers: &answers,
            now,
        },
    )
    .await?;
    if !first {
        return Err(AppError::conflict("smartkids_reading_finished"));
    }
    let coins = pay(
        app, &mut tx, who.id, story.id, reading_id, wpm, quiz_score, now,
    )
    .await?;
    reading_store::set_coins(&mut tx, reading_id, coins).await?;
    tx.commit().await?;
    Ok(ReadingResult {
        reading_id,
        wpm,
        quiz_score,
        correct,
        talk,
        coins,
        accuracy: reading.accuracy,
    })
}

/// Pays a reading's coins once per story and day (reading the same story again the same day
/// earns nothing more), within the daily cap.
#[allow(clippy::too_many_arguments)]
async fn pay(
    app: &AppState,
    tx: &mut kernel::db::Tx,
    child: i64,
    story: i64,
    reading: i64,
    wpm: Option<i64>,
    quiz: Option<i64>,
    now: i64,
) -> AppResult<i64> {
    let amount = coins::for_speed(wpm) + coins::for_quiz(quiz);
    if amount == 0 {
        return Ok(0);
    }
    let day = now.div_euclid(86_400_000);
    let key = format!("kids.reading.{child}.{story}.{day}");
    let reference = reading.to_string();
    let award = rewards::service::Award {
        user_id: child,
        amount,
        source: coins::SOURCE,
        reference: &reference,
        key: &key,
    };
    Ok(
        match rewards::service::award_in(tx, &app.config.coin_caps, now, &award).await? {
            rewards::service::Outcome::Paid(n) => n,
            _ => 0,
        },
    )
}
