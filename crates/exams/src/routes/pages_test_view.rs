//! The test page's content: the settings form, the questions with their keys, the bank to add
//! from, sharing and assigning. Built here so the handlers in `pages_tests` and
//! `pages_questions` stay short.

use askama::Template;
use kernel::auth::Principal;
use kernel::form::FormErrors;
use kernel::page::PageCtx;
use kernel::relations::ClassRef;
use kernel::{AppResult, AppState};

use super::pages_common::{
    kind_key, languages, letter, show_decimal, subject_key, visibility_key, Fields,
};
use super::pages_editor::QEdit;
use crate::model::question::{Body, Question, KINDS};
use crate::model::settings::Settings;
use crate::service::tests::{TestInput, TestView};
use crate::service::{bank, GRADES, SUBJECTS};
use crate::store::questions::BankFilter;

/// The settings form as shown (typed values come back as typed).
#[derive(Clone, Debug)]
pub struct SettingsForm {
    pub title: String,
    pub subject: String,
    pub grade: String,
    pub language: String,
    pub time_limit: String,
    pub max_attempts: String,
    pub shuffle_questions: bool,
    pub shuffle_options: bool,
    pub pass_percent: String,
    pub show_score: String,
    pub show_answers: String,
}

impl SettingsForm {
    pub fn new(lang: &str) -> Self {
        Self::of(&Settings::default(), "", "math", 1, lang)
    }

    pub fn from_test(t: &TestView) -> Self {
        Self::of(&t.settings, &t.title, &t.subject, t.grade, &t.language)
    }

    fn of(s: &Settings, title: &str, subject: &str, grade: i64, lang: &str) -> Self {
        Self {
            title: title.into(),
            subject: subject.into(),
            grade: grade.to_string(),
            language: lang.into(),
            time_limit: s.time_limit_min.map(|m| m.to_string()).unwrap_or_default(),
            max_attempts: s.max_attempts.to_string(),
            shuffle_questions: s.shuffle_questions,
            shuffle_options: s.shuffle_options,
            pass_percent: s.pass_percent.to_string(),
            show_score: s.show_score.as_str().into(),
            show_answers: s.show_answers.as_str().into(),
        }
    }

    pub fn from_fields(f: &Fields) -> Self {
        Self {
            title: f.text("title"),
            subject: f.text("subject"),
            grade: f.text("grade"),
            language: f.text("language"),
            time_limit: f.text("time_limit_min"),
            max_attempts: f.text("max_attempts"),
            shuffle_questions: f.flag("shuffle_questions"),
            shuffle_options: f.flag("shuffle_options"),
            pass_percent: f.text("pass_percent"),
            show_score: f.text("show_score"),
            show_answers: f.text("show_answers"),
        }
    }

    /// The service's input for these fields.
    pub fn input(f: &Fields) -> TestInput {
        TestInput {
            title: f.opt("title"),
            subject: f.opt("subject"),
            grade: f.int("grade"),
            language: f.opt("language"),
            time_limit_min: f.int("time_limit_min"),
            max_attempts: f.int("max_attempts"),
            shuffle_questions: Some(f.flag("shuffle_questions")),
            shuffle_options: Some(f.flag("shuffle_options")),
            pass_percent: f.int("pass_percent"),
            show_score: f.opt("show_score"),
            show_answers: f.opt("show_answers"),
        }
    }
}

/// One question of the test as its author sees it: the key marked.
pub struct QLine {
    pub id: i64,
    pub points: i64,
    pub kind: String,
    pub prompt: String,
    /// Parts of the answer, each marked right or not.
    pub parts: Vec<(String, bool)>,
}

pub fn line(ctx: &PageCtx, id: i64, points: i64, q: &Question) -> QLine {
    let right = |v: &[String]| v.iter().map(|s| (s.clone(), true)).collect::<Vec<_>>();
    let parts = match &q.body {
        Body::Single { options, correct } => options
            .iter()
            .enumerate()
            .map(|(i, o)| (format!("{}) {o}", letter(i)), i == *correct))
            .collect(),
        Body::Multiple { options, correct } => options
            .iter()
            .enumerate()
            .map(|(i, o)| (format!("{}) {o}", letter(i)), correct.contains(&i)))
            .collect(),
        Body::TrueFalse { answer } => vec![(
            ctx.t(if *answer {
                "exams-ui-true"
            } else {
                "exams-ui-false"
            }),
            true,
        )],
        Body::Short { accepted } => right(accepted),
        Body::Numeric { answer, tolerance } => {
            let mut s = show_decimal(*answer, ctx.lang());
            if *tolerance > 0.0 {
                s = format!("{s} ± {}", show_decimal(*tolerance, ctx.lang()));
            }
            vec![(s, true)]
        }
        Body::Ordering { items } => right(
            &items
                .iter()
                .enumerate()
                .map(|(i, t)| format!("{}. {t}", i + 1))
                .collect::<Vec<_>>(),
        ),
        Body::Matching { pairs } => right(
            &pairs
                .iter()
                .map(|(l, r)| format!("{l} → {r}"))
                .collect::<Vec<_>>(),
        ),
        Body::FillBlanks { blanks, .. } => {
            right(&blanks.iter().map(|b| b.join(" / ")).collect::<Vec<_>>())
        }
    };
    let prompt = match &q.body {
        Body::FillBlanks { text, .. } if q.prompt.trim().is_empty() => text.clone(),
        Body::FillBlanks { text, .. } => format!("{} {text}", q.prompt),
        _ => q.prompt.clone(),
    };
    QLine {
        id,
        points,
        kind: kind_key(q.body.kind()),
        prompt,
        parts,
    }
}

/// A bank question offered for adding.
pub struct BankLine {
    pub id: i64,
    pub kind: String,
    pub prompt: String,
    pub subject: String,
    pub grade: i64,
}

/// The bank filter as typed in the page's address.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct TestQuery {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub subject: Option<String>,
    pub grade: Option<String>,
}

/// What the assign form shows.
#[derive(Clone, Debug, Default)]
pub struct AssignForm {
    pub class_id: String,
    pub opens_at: String,
    pub due_at: String,
}

/// Which form on the page has the problems in `errors`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failed {
    None,
    Settings,
    Question,
    Bank,
    Share,
    Assign,
}

#[derive(Template)]
#[template(path = "exams/test.html")]
pub struct TestPage {
    pub ctx: PageCtx,
    pub test: Option<TestView>,
    pub questions: Vec<QLine>,
    pub form: SettingsForm,
    pub e: QEdit,
    pub points: String,
    pub bank: Vec<BankLine>,
    pub bank_more: bool,
    pub query: TestQuery,
    pub orgs: Vec<i64>,
    pub classes: Vec<ClassRef>,
    pub assign: AssignForm,
    pub errors: FormErrors,
    pub failed: Failed,
    pub kinds: &'static [&'static str],
    pub subjects: &'static [&'static str],
    pub grades: Vec<i64>,
    pub languages: Vec<(&'static str, &'static str)>,
}

/// How many bank questions the page lists at once.
const BANK_SHOWN: usize = 100;

impl TestPage {
    /// The empty page of a new test.
    pub fn new_test(ctx: PageCtx) -> Self {
        let form = SettingsForm::new(ctx.lang());
        Self::shell(ctx, None, form)
    }

    fn shell(ctx: PageCtx, test: Option<TestView>, form: SettingsForm) -> Self {
        Self {
            ctx,
            test,
            questions: Vec::new(),
            form,
            e: QEdit::blank("", "single"),
            points: "1".into(),
            bank: Vec::new(),
            bank_more: false,
            query: TestQuery::default(),
            orgs: Vec::new(),
            classes: Vec::new(),
            assign: AssignForm::default(),
            errors: FormErrors::default(),
            failed: Failed::None,
            kinds: &KINDS,
            subjects: &SUBJECTS,
            grades: GRADES.collect(),
            languages: languages(),
        }
    }

    /// Everything about an existing test the caller may see.
    pub async fn load(
        state: &AppState,
        ctx: PageCtx,
        who: &Principal,
        id: i64,
        query: TestQuery,
    ) -> AppResult<Self> {
        let test = crate::service::tests::view(state, who, id).await?;
        let questions = test
            .questions
            .iter()
            .map(|q| line(&ctx, q.id, q.points, &q.question))
            .collect();
        let form = SettingsForm::from_test(&test);
        let mine = test.mine;
        let kind = query.kind.clone().unwrap_or_else(|| "single".into());
        let mut page = Self::shell(ctx, Some(test), form);
        page.questions = questions;
        page.e = QEdit::blank("", &kind);
        if mine {
            page.load_bank(state, who, &query).await?;
            page.orgs = state.directory.org_ids(who.id).await?;
            page.classes = state.directory.teacher_classes(who.id).await?;
            let now = state.now_ms();
            page.assign = AssignForm {
                class_id: String::new(),
                opens_at: kernel::clock::format_input(now),
                due_at: kernel::clock::format_input(now + 7 * 86_400_000),
            };
        }
        page.query = query;
        Ok(page)
    }

    async fn load_bank(
        &mut self,
        state: &AppState,
        who: &Principal,
        q: &TestQuery,
    ) -> AppResult<()> {
        let filter = BankFilter {
            subject: q.subject.clone().filter(|s| SUBJECTS.contains(&s.as_str())),
            grade: q.grade.as_deref().and_then(|g| g.parse().ok()),
            status: Some("ready".into()),
            ..BankFilter::default()
        };
        let taken: Vec<i64> = self.questions.iter().map(|q| q.id).collect();
        let all = bank::list(state, who, &filter).await?;
        let free: Vec<_> = all.iter().filter(|q| !taken.contains(&q.id)).collect();
        self.bank_more = free.len() > BANK_SHOWN;
        self.bank = free
            .into_iter()
            .take(BANK_SHOWN)
            .map(|q| BankLine {
                id: q.id,
                kind: kind_key(q.question.body.kind()),
                prompt: line(&self.ctx, q.id, 1, &q.question).prompt,
                subject: subject_key(&q.subject),
                grade: q.grade,
            })
            .collect();
        Ok(())
    }

    pub fn with_errors(mut self, failed: Failed, errors: FormErrors) -> Self {
        self.failed = failed;
        self.errors = errors;
        self
    }

    /// Whether the caller may change this test's questions.
    pub fn editable(&self) -> bool {
        self.test.as_ref().is_some_and(|t| t.mine && !t.assigned)
    }

    pub fn mine(&self) -> bool {
        self.test.as_ref().is_some_and(|t| t.mine)
    }

    pub fn failed_at(&self, which: &str) -> bool {
        let f = match which {
            "settings" => Failed::Settings,
            "question" => Failed::Question,
            "bank" => Failed::Bank,
            "share" => Failed::Share,
            "assign" => Failed::Assign,
            _ => Failed::None,
        };
        self.failed == f && self.failed != Failed::None
    }

    pub fn subject_label(&self, code: &str) -> String {
        self.ctx.t(&subject_key(code))
    }

    pub fn kind_label(&self, code: &str) -> String {
        self.ctx.t(&kind_key(code))
    }

    pub fn visibility_label(&self) -> String {
        self.test
            .as_ref()
            .map(|t| self.ctx.t(&visibility_key(&t.visibility)))
            .unwrap_or_default()
    }

    pub fn is_visibility(&self, v: &str) -> bool {
        self.test.as_ref().is_some_and(|t| match v {
            "public" => t.visibility.starts_with("public"),
            _ => t.visibility == v,
        })
    }

    pub fn selected_grade(&self, g: &i64) -> bool {
        self.query.grade.as_deref() == Some(g.to_string().as_str())
    }

    pub fn selected_subject(&self, s: &str) -> bool {
        self.query.subject.as_deref() == Some(s)
    }
}
