//! The test page's content: the settings form, the questions with their keys, the bank to add
//! from, sharing and assigning. Built here so the handlers in `pages_exam_tests` and
//! `pages_questions` stay short.

use askama::Template;
use kernel::auth::Principal;
use kernel::form::FormErrors;
use kernel::page::PageCtx;
use kernel::relations::ClassRef;
use kernel::{AppResult, AppState};

use super::pages_common::{kind_key, languages, subject_key, visibility_key};
use super::pages_editor::QEdit;
use super::pages_test_parts::{line, AssignForm, BankLine, Failed, QLine, SettingsForm, TestQuery};
use crate::service::bank;
use crate::service::exam_tests::TestView;
use crate::store::questions::BankFilter;
use questions::model::question::KINDS;
use questions::subjects::{GRADES, SUBJECTS};

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
        let test = crate::service::exam_tests::view(state, who, id).await?;
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

    /// The settings that decide how an assigned test is taken cannot change any more.
    pub fn frozen(&self) -> bool {
        self.test.as_ref().is_some_and(|t| t.assigned)
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
