//! The people of the demo, made through the accounts services in the order real people would
//! go: the administrator approves the two organisations, teachers ask to join and are approved
//! by them, teachers open classes, parents sign up, add their children and the children join
//! their classes with the class code.

use accounts::service::{admin, classes, family, org_region, org_requests, orgs, register};
use kernel::auth::{AccountStatus, Principal, Role};
use kernel::i18n::Lang;
use kernel::{AppError, AppResult};
use rand::rngs::StdRng;
use rand::Rng;

use super::names::Namer;
use super::plan::{ClassPlan, ADMIN_EMAIL, ADMIN_NAME, CLASSES, ORGS, SIBLINGS, TEACHERS};
use super::random::{chance, normal, pick};
use super::{store, Story, PASSWORD};

/// Everyone the demo made.
pub struct World {
    pub admin: Principal,
    /// Each organisation's id and its director (the organisation's own account).
    pub orgs: Vec<(i64, Principal)>,
    pub teachers: Vec<Principal>,
    pub classes: Vec<Class>,
    pub students: Vec<Student>,
    pub parents: Vec<Parent>,
}

pub struct Class {
    pub id: i64,
    pub plan: &'static ClassPlan,
    /// Indices into [`World::students`].
    pub students: Vec<usize>,
}

pub struct Student {
    pub who: Principal,
    pub class: usize,
    /// How well the child does, on the logistic scale of the tests' item difficulties.
    pub ability: f64,
}

pub struct Parent {
    pub who: Principal,
    pub email: String,
    pub children: Vec<usize>,
}

/// Makes every account, organisation and class, from the story's day 0 to day 6.
pub async fn make(story: &Story<'_>, rng: &mut StdRng) -> AppResult<World> {
    let state = story.state;
    story.at(story.day(0, 9.0));
    let new_admin = accounts::service::setup::NewAdmin::parse(
        Some(ADMIN_NAME),
        Some(ADMIN_EMAIL),
        Some(PASSWORD),
    )?;
    let admin_id = accounts::service::setup::create_admin(state, new_admin, None).await?;
    let admin = principal(story, &admin_id).await?;
    store::remember(state, admin.id).await?;

    let mut org_list = Vec::new();
    for (i, plan) in ORGS.iter().enumerate() {
        story.at(story.day(0, 10.0 + i as f64));
        let director = sign_up(
            story,
            "organization",
            plan.name,
            plan.email,
            "uz",
            Some(plan.kind),
        )
        .await?;
        story.wait(40 * 60_000);
        let decision = admin::DecisionRequest::default();
        admin::decide(
            state,
            &admin,
            &director.public_id,
            &decision,
            AccountStatus::Active,
        )
        .await?;
        let director = principal(story, &director.public_id).await?;
        let org_id = orgs::mine(state, &director)
            .await?
            .first()
            .map(|o| o.id)
            .ok_or_else(AppError::not_found)?;
        let place: accounts::service::regions::PlaceChange = serde_json::from_value(
            serde_json::json!({"region": plan.region, "district": plan.district}),
        )
        .map_err(AppError::internal)?;
        org_region::set(state, &director, org_id, &place).await?;
        org_list.push((org_id, director));
    }

    let mut teachers = Vec::new();
    for (i, plan) in TEACHERS.iter().enumerate() {
        let (org_id, director) = &org_list[plan.org];
        story.at(story.day(1, 9.0 + i as f64));
        let code = org_requests::new_join_code(state, director, *org_id).await?;
        let teacher = sign_up(story, "teacher", plan.name, plan.email, plan.language, None).await?;
        let ask = org_requests::JoinOrgRequest { code: Some(code) };
        org_requests::ask_to_join(state, &teacher, &device(&teacher), &ask).await?;
        story.wait(25 * 60_000);
        orgs::approve_teacher(state, director, *org_id, &teacher.public_id).await?;
        teachers.push(principal(story, &teacher.public_id).await?);
    }

    let mut class_list = Vec::new();
    let mut codes = Vec::new();
    for (i, plan) in CLASSES.iter().enumerate() {
        story.at(story.day(2, 8.0 + i as f64 * 0.5));
        let teacher = &teachers[plan.teacher];
        let req = classes::CreateClassRequest {
            name: Some(plan.name.to_string()),
            org_id: Some(org_list[TEACHERS[plan.teacher].org].0),
        };
        let view = classes::create(state, teacher, &req).await?;
        codes.push(view.code().to_string());
        class_list.push(Class {
            id: view.id,
            plan,
            students: Vec::new(),
        });
    }

    let mut world = World {
        admin,
        orgs: org_list,
        teachers,
        classes: class_list,
        students: Vec::new(),
        parents: Vec::new(),
    };
    let mut namer = Namer::default();
    for (at, seats) in families(story, rng) {
        story.at(at);
        add_family(story, rng, &mut world, &mut namer, &seats, &codes).await?;
    }
    Ok(world)
}

/// Every family as the classes it has a child in, with the time it signs up (days 2–6).
fn families(story: &Story<'_>, rng: &mut StdRng) -> Vec<(i64, Vec<usize>)> {
    let mut left: Vec<usize> = CLASSES.iter().map(|c| c.size).collect();
    let mut out = Vec::new();
    for (a, b, n) in SIBLINGS {
        for _ in 0..n {
            left[a] -= 1;
            left[b] -= 1;
            out.push(vec![a, b]);
        }
    }
    for (class, n) in left.into_iter().enumerate() {
        out.extend((0..n).map(|_| vec![class]));
    }
    let mut timed: Vec<(i64, Vec<usize>)> = out
        .into_iter()
        .map(|seats| {
            let at = story.day(rng.gen_range(2..7), rng.gen_range(8.5..22.0));
            (at, seats)
        })
        .collect();
    timed.sort_by_key(|(at, _)| *at);
    timed
}

async fn add_family(
    story: &Story<'_>,
    rng: &mut StdRng,
    world: &mut World,
    namer: &mut Namer,
    seats: &[usize],
    codes: &[String],
) -> AppResult<()> {
    let state = story.state;
    let first = CLASSES[seats[0]].language;
    let english = seats.iter().any(|c| chance(rng, CLASSES[*c].english_share));
    let language = if english {
        "en"
    } else if first == "ru" {
        "ru"
    } else {
        "uz"
    };
    let family = namer.family(rng, first);
    let parent = sign_up(
        story,
        "parent",
        &family.parent,
        &family.email,
        language,
        None,
    )
    .await?;
    let mut children = Vec::new();
    for &class in seats {
        story.wait(rng.gen_range(60_000..300_000));
        let plan = &CLASSES[class];
        let this_year = kernel::clock::tashkent(state.now_ms()).year;
        let req = family::CreateChildRequest {
            name: Some(namer.child(rng, first, &family)),
            birth_year: Some((this_year - plan.age).to_string()),
            avatar: Some(pick(rng, &accounts::model::AVATARS).to_string()),
            password: Some(PASSWORD.to_string()),
        };
        let child = family::create_child(state, &parent, &req).await?;
        let child = principal(story, &child.id).await?;
        store::remember(state, child.id).await?;
        story.wait(rng.gen_range(30_000..120_000));
        let join = classes::JoinRequest {
            code: Some(codes[class].clone()),
        };
        classes::join(state, &child, &device(&child), &join).await?;
        let index = world.students.len();
        world.classes[class].students.push(index);
        world.students.push(Student {
            who: child,
            class,
            ability: normal(rng, 1.1, 1.0),
        });
        children.push(index);
    }
    world.parents.push(Parent {
        who: parent,
        email: family.email,
        children,
    });
    Ok(())
}

/// Registers an account through the sign-up service, from a device of its own.
async fn sign_up(
    story: &Story<'_>,
    role: &str,
    name: &str,
    email: &str,
    language: &str,
    org_kind: Option<&str>,
) -> AppResult<Principal> {
    let req = register::RegisterRequest {
        role: Some(role.to_string()),
        name: Some(name.to_string()),
        email: Some(email.to_string()),
        password: Some(PASSWORD.to_string()),
        language: Some(language.to_string()),
        org_kind: org_kind.map(String::from),
        ..Default::default()
    };
    let lang = Lang::parse(language).unwrap_or(Lang::Uz);
    let address = format!("demo:{email}");
    let session = register::register(story.state, &req, lang, &address, "Alif24 demo seed").await?;
    let who = principal(story, &session.user.id).await?;
    store::remember(story.state, who.id).await?;
    Ok(who)
}

/// Where an account's requests come from: each demo family is on a device of its own, so
/// the per-address limits count them apart as they would real families.
fn device(who: &Principal) -> String {
    format!("demo:{}", who.public_id)
}

/// The account as the services see a signed-in caller.
pub async fn principal(story: &Story<'_>, public_id: &str) -> AppResult<Principal> {
    let row = orgs::user_by_public_id(story.state, public_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok(Principal {
        id: row.id,
        public_id: row.public_id,
        role: Role::parse(&row.role).unwrap_or(Role::Student),
        status: AccountStatus::parse(&row.status).unwrap_or(AccountStatus::Pending),
        name: row.name,
        avatar: row.avatar,
        language: Lang::parse(&row.language).unwrap_or(Lang::Uz),
        session_id: 0,
    })
}
