//! What the demo seed tells the operator: how much it made and a short table of logins to try
//! (kept with the marker, so a second run can print it again).

use kernel::i18n::{Catalog, Lang};
use kernel::{AppError, AppResult};
use serde::{Deserialize, Serialize};

use super::people::World;
use super::plan::ADMIN_EMAIL;
use super::PASSWORD;

/// What the demo made, and where to log in.
#[derive(Debug, Serialize, Deserialize)]
pub struct Summary {
    /// Unix milliseconds of the run that made the demo.
    pub seeded_at: i64,
    pub organisations: usize,
    pub teachers: usize,
    pub classes: usize,
    pub students: usize,
    pub parents: usize,
    pub harf_sittings: usize,
    pub attempts: usize,
    pub logins: Vec<Login>,
}

/// One account to try.
#[derive(Debug, Serialize, Deserialize)]
pub struct Login {
    /// A Fluent key naming the part the account plays (`demo-role-…`).
    pub role: String,
    pub name: String,
    /// What to type as the login: an e-mail or an Alif24 ID.
    pub login: String,
}

impl Summary {
    pub(crate) fn to_json(&self) -> AppResult<String> {
        serde_json::to_string(self).map_err(AppError::internal)
    }

    pub(crate) fn from_json(text: &str) -> AppResult<Self> {
        serde_json::from_str(text).map_err(AppError::internal)
    }

    /// The logins as an aligned table, with the shared password under it.
    pub fn table(&self, i18n: &Catalog, lang: Lang) -> String {
        let rows: Vec<[String; 3]> = self
            .logins
            .iter()
            .map(|l| {
                [
                    i18n.get(lang, &l.role, &[]),
                    l.login.clone(),
                    l.name.clone(),
                ]
            })
            .collect();
        let width = |i: usize| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
        let (w0, w1) = (width(0), width(1));
        let mut out = String::new();
        for [role, login, name] in &rows {
            out.push_str(&format!("  {role:<w0$}  {login:<w1$}  {name}\n"));
        }
        let password = [("password", PASSWORD.to_string())];
        out.push_str(&format!(
            "  {}\n",
            i18n.get(lang, "demo-password", &password)
        ));
        out
    }

    /// The counts as one sentence.
    pub fn counts(&self, i18n: &Catalog, lang: Lang) -> String {
        let args = [
            ("organisations", self.organisations.to_string()),
            ("teachers", self.teachers.to_string()),
            ("classes", self.classes.to_string()),
            ("students", self.students.to_string()),
            ("parents", self.parents.to_string()),
            ("sittings", self.harf_sittings.to_string()),
            ("attempts", self.attempts.to_string()),
        ];
        i18n.get(lang, "demo-counts", &args)
    }
}

/// The summary of a finished story.
pub(crate) fn summary(
    world: &World,
    seeded_at: i64,
    harf_sittings: usize,
    attempts: usize,
) -> Summary {
    let mut logins = vec![Login {
        role: "demo-role-admin".into(),
        name: world.admin.name.clone(),
        login: ADMIN_EMAIL.into(),
    }];
    for (i, (_, director)) in world.orgs.iter().enumerate() {
        logins.push(Login {
            role: "demo-role-director".into(),
            name: director.name.clone(),
            login: super::plan::ORGS[i].email.into(),
        });
    }
    for teacher in [3, 1] {
        logins.push(Login {
            role: "demo-role-teacher".into(),
            name: world.teachers[teacher].name.clone(),
            login: super::plan::TEACHERS[teacher].email.into(),
        });
    }
    if let Some(parent) = world.parents.iter().find(|p| p.children.len() > 1) {
        logins.push(Login {
            role: "demo-role-parent".into(),
            name: parent.who.name.clone(),
            login: parent.email.clone(),
        });
        let child = &world.students[parent.children[0]].who;
        logins.push(Login {
            role: "demo-role-child".into(),
            name: child.name.clone(),
            login: child.public_id.clone(),
        });
    }
    Summary {
        seeded_at,
        organisations: world.orgs.len(),
        teachers: world.teachers.len(),
        classes: world.classes.len(),
        students: world.students.len(),
        parents: world.parents.len(),
        harf_sittings,
        attempts,
        logins,
    }
}
