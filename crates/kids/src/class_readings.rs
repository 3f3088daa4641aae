//! What a teacher sees of a class's reading: for each assigned story, each student's best
//! finished reading (speed, accuracy, quiz score, when) and who has not read it yet; and the
//! published stories to assign, in the languages the class likely reads.

use std::collections::HashMap;

use kernel::auth::Principal;
use kernel::relations::{ChildRef, ClassRef};
use kernel::{AppResult, AppState};
use serde::Serialize;

use crate::assignments::own_class;
use crate::assignments_store::{self, AssignedStory, FinishedRow};
use crate::model::Lang;
use crate::stories::{self, Card, LibraryReady};

#[derive(Clone, Debug, Serialize)]
pub struct Student {
    /// The Alif24 ID.
    pub id: String,
    pub name: String,
    pub avatar: String,
}

impl Student {
    fn of(c: &ChildRef) -> Self {
        Student {
            id: c.public_id.clone(),
            name: c.name.clone(),
            avatar: c.avatar.clone(),
        }
    }
}

/// A student's best finished reading of a story: the best quiz score, then the fastest.
#[derive(Clone, Debug, Serialize)]
pub struct Best {
    pub student: Student,
    pub wpm: Option<i64>,
    pub accuracy: Option<i64>,
    pub quiz_score: Option<i64>,
    pub finished_at: i64,
}

#[derive(Debug, Serialize)]
pub struct StoryReadings {
    pub assignment_id: i64,
    pub story_id: i64,
    pub title: String,
    pub emoji: String,
    pub language: String,
    pub age: String,
    pub assigned_at: i64,
    pub read: Vec<Best>,
    pub not_read: Vec<Student>,
}

#[derive(Debug, Serialize)]
pub struct ClassReadings {
    pub class_id: i64,
    pub name: String,
    pub students: usize,
    pub stories: Vec<StoryReadings>,
}

fn rank(r: &FinishedRow) -> (i64, i64, i64) {
    (
        r.quiz_score.unwrap_or(-1),
        r.wpm.unwrap_or(-1),
        r.finished_at,
    )
}

fn story_readings(a: &AssignedStory, students: &[ChildRef], rows: &[FinishedRow]) -> StoryReadings {
    let mut best: HashMap<i64, &FinishedRow> = HashMap::new();
    for r in rows.iter().filter(|r| r.story_id == a.story_id) {
        let slot = best.entry(r.child_id).or_insert(r);
        if rank(r) > rank(slot) {
            *slot = r;
        }
    }
    let (mut read, mut not_read) = (Vec::new(), Vec::new());
    for s in students {
        match best.get(&s.id) {
            Some(r) => read.push(Best {
                student: Student::of(s),
                wpm: r.wpm,
                accuracy: r.accuracy,
                quiz_score: r.quiz_score,
                finished_at: r.finished_at,
            }),
            None => not_read.push(Student::of(s)),
        }
    }
    StoryReadings {
        assignment_id: a.id,
        story_id: a.story_id,
        title: a.title.clone(),
        emoji: a.emoji.clone(),
        language: a.language.clone(),
        age: a.age.clone(),
        assigned_at: a.created_at,
        read,
        not_read,
    }
}

/// The class's table, for its teacher (404 for anyone else).
pub async fn of_class(app: &AppState, who: &Principal, class_id: i64) -> AppResult<ClassReadings> {
    let class = own_class(app, who, class_id).await?;
    let students = app.directory.class_students(class.id).await?;
    let assigned = assignments_store::of_class(app.db.pool(), class.id).await?;
    let story_ids: Vec<i64> = assigned.iter().map(|a| a.story_id).collect();
    let child_ids: Vec<i64> = students.iter().map(|s| s.id).collect();
    let rows = assignments_store::finished(app.db.pool(), &story_ids, &child_ids).await?;
    Ok(ClassReadings {
        class_id: class.id,
        name: class.name,
        students: students.len(),
        stories: assigned
            .iter()
            .map(|a| story_readings(a, &students, &rows))
            .collect(),
    })
}

/// The languages a class likely reads in: the teacher's own, those of the stories it was
/// given, and those its students read in.
pub async fn likely_languages(
    app: &AppState,
    who: &Principal,
    class: &ClassRef,
) -> AppResult<Vec<Lang>> {
    let mut langs = vec![Lang::parse(who.language.code()).unwrap_or(Lang::Uz)];
    let assigned = assignments_store::of_class(app.db.pool(), class.id).await?;
    let students = app.directory.class_students(class.id).await?;
    let ids: Vec<i64> = students.iter().map(|s| s.id).collect();
    let read = assignments_store::languages_read(app.db.pool(), &ids).await?;
    for code in assigned
        .iter()
        .map(|a| a.language.as_str())
        .chain(read.iter().map(String::as_str))
    {
        if let Some(l) = Lang::parse(code) {
            if !langs.contains(&l) {
                langs.push(l);
            }
        }
    }
    Ok(langs)
}

/// Published stories to choose from, by language.
pub async fn picker(
    app: &AppState,
    ready: &LibraryReady,
    langs: &[Lang],
) -> AppResult<Vec<(Lang, Vec<Card>)>> {
    let mut out = Vec::new();
    for l in langs {
        out.push((*l, stories::library(app, ready, *l).await?));
    }
    Ok(out)
}
