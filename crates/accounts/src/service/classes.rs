//! Classes (rosters): approved teachers create them, students join with a code, organisation
//! admins read the classes of their organisation.
//!
//! Who may see a class: its teacher (everything), an admin of its organisation (everything,
//! read-only) and its students (name and teacher only). Everyone else gets 404, so a class's
//! existence is not revealed.

use kernel::auth::{Principal, Role};
use kernel::error::FieldError;
use kernel::ratelimit::limits;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::model::Name;
use crate::store::classes::{self, ClassRow, RosterRow};
use crate::store::orgs::{self, MemberRole};

/// Length of a join code.
pub const CODE_LEN: usize = 6;

/// `POST /api/v1/classes` and the create-class form.
#[derive(Debug, Default, Deserialize)]
pub struct CreateClassRequest {
    pub name: Option<String>,
    pub org_id: Option<i64>,
}

/// `PATCH /api/v1/classes/{id}`: only the fields given change.
#[derive(Debug, Default, Deserialize)]
pub struct UpdateClassRequest {
    pub name: Option<String>,
    pub archived: Option<bool>,
}

/// `POST /api/v1/classes/join` and the join form.
#[derive(Debug, Default, Deserialize)]
pub struct JoinRequest {
    pub code: Option<String>,
}

/// A person named in a class: the 8-digit Alif24 ID and the name.
#[derive(Clone, Debug, Serialize)]
pub struct PersonRef {
    pub id: String,
    pub name: String,
}

/// An organisation named in a class.
#[derive(Clone, Debug, Serialize)]
pub struct OrgRef {
    pub id: i64,
    pub name: String,
}

/// A class as the caller may see it. Students get no code and no count.
#[derive(Clone, Debug, Serialize)]
pub struct ClassView {
    pub id: i64,
    pub name: String,
    pub teacher: PersonRef,
    pub org: Option<OrgRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub join_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub student_count: Option<i64>,
    pub archived: bool,
    /// Unix milliseconds.
    pub created_at: i64,
}

impl ClassView {
    pub(crate) fn full(c: &ClassRow) -> Self {
        Self {
            join_code: Some(c.join_code.clone()),
            student_count: Some(c.student_count),
            ..Self::for_student(c)
        }
    }

    fn for_student(c: &ClassRow) -> Self {
        Self {
            id: c.id,
            name: c.name.clone(),
            teacher: PersonRef {
                id: c.teacher_public_id.clone(),
                name: c.teacher_name.clone(),
            },
            org: c
                .org_id
                .zip(c.org_name.clone())
                .map(|(id, name)| OrgRef { id, name }),
            join_code: None,
            student_count: None,
            archived: c.archived_at.is_some(),
            created_at: c.created_at,
        }
    }

    /// The join code, or an empty string where the caller may not see it.
    pub fn code(&self) -> &str {
        self.join_code.as_deref().unwrap_or("")
    }

    pub fn count(&self) -> i64 {
        self.student_count.unwrap_or(0)
    }
}

/// A student on a roster.
#[derive(Clone, Debug, Serialize)]
pub struct StudentView {
    /// The 8-digit Alif24 ID.
    pub id: String,
    pub name: String,
    pub avatar: String,
    /// Unix milliseconds.
    pub joined_at: i64,
}

impl StudentView {
    fn from(r: &RosterRow) -> Self {
        Self {
            id: r.public_id.clone(),
            name: r.name.clone(),
            avatar: r.avatar.clone(),
            joined_at: r.joined_at,
        }
    }
}

/// How the caller relates to a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Teacher,
    OrgAdmin,
    Student,
}

/// A class opened for the caller: what they see and how they relate to it.
#[derive(Clone, Debug)]
pub struct ClassDetail {
    pub class: ClassView,
    /// The roster; `None` for students.
    pub students: Option<Vec<StudentView>>,
    pub access: Access,
}

impl ClassDetail {
    /// The caller runs the class (may change it).
    pub fn manages(&self) -> bool {
        self.access == Access::Teacher
    }

    /// The caller is a student of the class.
    pub fn is_student(&self) -> bool {
        self.access == Access::Student
    }
}

/// The class and the caller's access, or 404 when the caller has none.
async fn open(state: &AppState, who: &Principal, id: i64) -> AppResult<(ClassRow, Access)> {
    let pool = state.db.pool();
    let class = classes::find(pool, id)
        .await?
        .ok_or_else(AppError::not_found)?;
    if class.teacher_id == who.id {
        return Ok((class, Access::Teacher));
    }
    if let Some(org_id) = class.org_id {
        if orgs::member_role(pool, org_id, who.id).await? == Some(MemberRole::Admin) {
            return Ok((class, Access::OrgAdmin));
        }
    }
    if who.role == Role::Student && classes::is_member(pool, id, who.id).await? {
        return Ok((class, Access::Student));
    }
    Err(AppError::not_found())
}

/// The class if the caller teaches it: 404 for strangers, 403 for those who may only read.
pub(crate) async fn open_own(state: &AppState, who: &Principal, id: i64) -> AppResult<ClassRow> {
    match open(state, who, id).await? {
        (class, Access::Teacher) => Ok(class),
        _ => Err(AppError::forbidden()),
    }
}

/// A join code no class uses yet, drawn again on the rare collision.
async fn free_code(tx: &mut kernel::db::Tx) -> AppResult<String> {
    for _ in 0..20 {
        let code = kernel::ids::short_code(CODE_LEN);
        if !classes::code_taken(&mut **tx, &code).await? {
            return Ok(code);
        }
    }
    Err(AppError::internal(anyhow::anyhow!(
        "no free join code after 20 draws"
    )))
}

async fn reload(state: &AppState, id: i64) -> AppResult<ClassView> {
    let class = classes::find(state.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok(ClassView::full(&class))
}

/// Organisations in which the teacher may open classes (as teacher or admin member).
pub async fn teaching_orgs(state: &AppState, who: &Principal) -> AppResult<Vec<OrgRef>> {
    Ok(orgs::list_for_user(state.db.pool(), who.id)
        .await?
        .into_iter()
        .filter(|m| matches!(m.member_role.as_str(), "teacher" | "admin"))
        .map(|m| OrgRef {
            id: m.id,
            name: m.name,
        })
        .collect())
}

/// Creates a class for an approved teacher, optionally inside one of their organisations.
pub async fn create(
    state: &AppState,
    who: &Principal,
    req: &CreateClassRequest,
) -> AppResult<ClassView> {
    who.require_active(&[Role::Teacher])?;
    let name = Name::parse("name", req.name.as_deref()).map_err(|f| AppError::invalid(vec![f]))?;
    if let Some(org_id) = req.org_id {
        let allowed = teaching_orgs(state, who).await?;
        if !allowed.iter().any(|o| o.id == org_id) {
            return Err(AppError::field("org_id", "field-class-org-not-member"));
        }
    }
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let code = free_code(&mut tx).await?;
    let id = classes::insert(&mut *tx, who.id, req.org_id, &name.0, &code, now).await?;
    tx.commit().await?;
    tracing::info!(class.id = id, user.id = who.id, "class created");
    reload(state, id).await
}

/// The caller's classes: a teacher's own, a student's joined ones, an organisation's all.
pub async fn list(state: &AppState, who: &Principal) -> AppResult<Vec<ClassView>> {
    let pool = state.db.pool();
    match who.role {
        Role::Teacher => Ok(classes::list_by_teacher(pool, who.id)
            .await?
            .iter()
            .map(ClassView::full)
            .collect()),
        Role::Student => Ok(classes::list_by_student(pool, who.id)
            .await?
            .iter()
            .map(ClassView::for_student)
            .collect()),
        _ => {
            let admin_of: Vec<i64> = orgs::list_for_user(pool, who.id)
                .await?
                .into_iter()
                .filter(|m| m.member_role == MemberRole::Admin.as_str())
                .map(|m| m.id)
                .collect();
            if admin_of.is_empty() && who.role != Role::Organization {
                return Err(AppError::forbidden());
            }
            let mut all = Vec::new();
            for org_id in admin_of {
                all.extend(
                    classes::list_by_org(pool, org_id)
                        .await?
                        .iter()
                        .map(ClassView::full),
                );
            }
            Ok(all)
        }
    }
}

/// One class: with its roster for its teacher and organisation admins, bare for students.
pub async fn detail(state: &AppState, who: &Principal, id: i64) -> AppResult<ClassDetail> {
    let (class, access) = open(state, who, id).await?;
    if access == Access::Student {
        return Ok(ClassDetail {
            class: ClassView::for_student(&class),
            students: None,
            access,
        });
    }
    let roster = classes::roster(state.db.pool(), id).await?;
    Ok(ClassDetail {
        class: ClassView::full(&class),
        students: Some(roster.iter().map(StudentView::from).collect()),
        access,
    })
}

/// Renames, archives or reopens a class of the caller's.
pub async fn update(
    state: &AppState,
    who: &Principal,
    id: i64,
    req: &UpdateClassRequest,
) -> AppResult<ClassView> {
    let class = open_own(state, who, id).await?;
    let name = match &req.name {
        Some(raw) => Some(Name::parse("name", Some(raw)).map_err(|f| AppError::invalid(vec![f]))?),
        None => None,
    };
    let mut tx = state.db.begin().await?;
    if let Some(name) = name {
        classes::rename(&mut *tx, id, &name.0).await?;
    }
    match (req.archived, class.archived_at) {
        (Some(true), None) => classes::set_archived(&mut *tx, id, Some(state.now_ms())).await?,
        (Some(false), Some(_)) => classes::set_archived(&mut *tx, id, None).await?,
        _ => {}
    }
    tx.commit().await?;
    reload(state, id).await
}

/// Gives a class a new join code; the old one stops working.
pub async fn new_code(state: &AppState, who: &Principal, id: i64) -> AppResult<ClassView> {
    open_own(state, who, id).await?;
    let mut tx = state.db.begin().await?;
    let code = free_code(&mut tx).await?;
    classes::set_code(&mut *tx, id, &code).await?;
    tx.commit().await?;
    reload(state, id).await
}

/// Takes a student (by Alif24 ID) off a class's roster.
pub async fn remove_student(
    state: &AppState,
    who: &Principal,
    id: i64,
    student_public_id: &str,
) -> AppResult<()> {
    open_own(state, who, id).await?;
    let student = crate::service::orgs::user_by_public_id(state, student_public_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    if !classes::remove_student(state.db.pool(), id, student.id).await? {
        return Err(AppError::not_found());
    }
    Ok(())
}

/// A student joins the class whose code they typed. Case, spaces and dashes do not matter;
/// joining twice changes nothing; archived classes refuse.
pub async fn join(
    state: &AppState,
    who: &Principal,
    ip: &str,
    req: &JoinRequest,
) -> AppResult<ClassView> {
    who.require(&[Role::Student])?;
    let code = kernel::ids::normalize_code(req.code.as_deref().unwrap_or(""));
    if code.is_empty() {
        return Err(AppError::field("code", "field-required"));
    }
    let now = state.now_ms();
    state
        .limiter
        .hit(&format!("class-code:{ip}"), limits::CODE_PER_IP, now)
        .await?;
    let unknown = || {
        AppError::not_found()
            .with_code("class_code_unknown")
            .with_fields(vec![FieldError::new("code", "field-class-code-unknown")])
    };
    if code.len() != CODE_LEN {
        return Err(unknown());
    }
    let class = classes::find_by_code(state.db.pool(), &code)
        .await?
        .ok_or_else(unknown)?;
    if class.archived_at.is_some() {
        return Err(AppError::conflict("class_archived")
            .with_fields(vec![FieldError::new("code", "field-class-archived")]));
    }
    classes::add_student(state.db.pool(), class.id, who.id, now).await?;
    tracing::info!(class.id = class.id, user.id = who.id, "joined class");
    Ok(ClassView::for_student(&class))
}

/// A student leaves a class they are in.
pub async fn leave(state: &AppState, who: &Principal, id: i64) -> AppResult<()> {
    who.require(&[Role::Student])?;
    if !classes::remove_student(state.db.pool(), id, who.id).await? {
        return Err(AppError::not_found());
    }
    Ok(())
}

/// The classes of an organisation, for its admins.
pub async fn of_org(state: &AppState, who: &Principal, org_id: i64) -> AppResult<Vec<ClassView>> {
    crate::service::orgs::managed(state, who, org_id).await?;
    Ok(classes::list_by_org(state.db.pool(), org_id)
        .await?
        .iter()
        .map(ClassView::full)
        .collect())
}
