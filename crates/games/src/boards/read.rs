//! Reading a board: whose view it is, which group it ranks, and what each viewer may see —
//! first names and initials for everyone but a child's own teacher, and only the children
//! whose parents' choice puts them on that board.

use kernel::auth::{Principal, Role};
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use super::people::short_name;
use super::period::Period;
use super::{board_key, Boards, Scope};

/// Rows a board shows by default, and at most.
const DEFAULT_LIMIT: usize = 20;
const MAX_LIMIT: usize = 100;
/// Rows read from a board at least: a whole class, so every child finds their place in them.
const FETCH: usize = 100;
/// A teacher's class board shows the whole class.
const CLASS_LIMIT: usize = 200;

#[derive(Clone, Debug, Default, Deserialize)]
pub struct BoardQuery {
    pub scope: Option<String>,
    pub period: Option<String>,
    pub class_id: Option<i64>,
    pub org_id: Option<i64>,
    pub region: Option<String>,
    /// A parent looks through their child's eyes (the child's Alif24 ID).
    pub child: Option<String>,
    pub limit: Option<usize>,
    /// The game, on the page (the API has it in the path).
    pub game: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub rank: u64,
    pub name: String,
    pub avatar: String,
    pub score: i64,
    /// The row is the viewer (or the child a parent looks for).
    pub me: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Standing {
    pub rank: u64,
    pub score: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct BoardView {
    pub game: String,
    pub scope: &'static str,
    pub period: &'static str,
    pub entries: Vec<Entry>,
    pub me: Option<Standing>,
    /// Why the board is empty when the viewer has no such group: `no_class`,
    /// `no_organization`, `no_region`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
    /// The group shown, so a page can offer the others.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Names are shown whole (a teacher's own class).
    pub full_names: bool,
}

/// Whose board it is: the caller, or the child a parent names.
struct Viewer {
    id: i64,
    role: Role,
}

/// The board of `game` as `caller` may see it.
pub async fn board(
    app: &AppState,
    boards: &Boards,
    caller: &Principal,
    game: &str,
    q: &BoardQuery,
) -> AppResult<BoardView> {
    if !boards.knows(game) {
        return Err(AppError::not_found().with_code("games_not_found"));
    }
    let scope_name = q.scope.as_deref().unwrap_or("class");
    let period = match q.period.as_deref() {
        None => Period::Week,
        Some(p) => {
            Period::parse(p).ok_or_else(|| AppError::field("period", "games-board-bad-period"))?
        }
    };
    let viewer = match q.child.as_deref().filter(|c| !c.trim().is_empty()) {
        Some(_) => {
            let child = kernel::relations::caller_or_child(app, caller, q.child.as_deref()).await?;
            Viewer {
                id: child.id,
                role: Role::Student,
            }
        }
        None => Viewer {
            id: caller.id,
            role: caller.role,
        },
    };
    let me = boards.people.one(app, viewer.id).await?;
    let placement = me.as_ref().map(|p| p.placement.clone()).unwrap_or_default();
    let mut view = BoardView {
        game: game.to_string(),
        scope: "class",
        period: period.as_str(),
        entries: Vec::new(),
        me: None,
        reason: None,
        class_id: None,
        org_id: None,
        region: None,
        full_names: false,
    };
    let scope = match scope_name {
        "class" => {
            view.scope = "class";
            match viewer.role {
                Role::Student => q
                    .class_id
                    .map_or(placement.classes.first().copied(), |c| {
                        placement.classes.contains(&c).then_some(c)
                    })
                    .map(Scope::Class),
                Role::Teacher | Role::Admin => {
                    let class = match q.class_id {
                        Some(c) => Some(c),
                        None => app
                            .directory
                            .teacher_classes(viewer.id)
                            .await?
                            .first()
                            .map(|c| c.id),
                    };
                    match class {
                        Some(c) if viewer.role == Role::Admin => Some(Scope::Class(c)),
                        Some(c) => match app.directory.teacher_class(viewer.id, c).await? {
                            Some(_) => Some(Scope::Class(c)),
                            None => {
                                return Err(AppError::not_found().with_code("games_class_not_found"))
                            }
                        },
                        None => None,
                    }
                }
                _ => None,
            }
        }
        "organization" => {
            view.scope = "organization";
            let orgs = match viewer.role {
                Role::Student => placement.orgs.clone(),
                _ => app.directory.org_ids(viewer.id).await?,
            };
            q.org_id
                .map_or(orgs.first().copied(), |o| orgs.contains(&o).then_some(o))
                .map(Scope::Organization)
        }
        "region" => {
            view.scope = "region";
            let region = q.region.clone().or(placement.region.clone());
            if region
                .as_deref()
                .is_some_and(|r| !kernel::regions::region_exists(r))
            {
                return Err(AppError::field("region", "games-board-bad-region"));
            }
            region.map(Scope::Region)
        }
        "country" => {
            view.scope = "country";
            Some(Scope::Country)
        }
        _ => return Err(AppError::field("scope", "games-board-bad-scope")),
    };
    let Some(scope) = scope else {
        view.reason = Some(match view.scope {
            "class" => "no_class",
            "organization" => "no_organization",
            _ => "no_region",
        });
        return Ok(view);
    };
    match &scope {
        Scope::Class(c) => view.class_id = Some(*c),
        Scope::Organization(o) => view.org_id = Some(*o),
        Scope::Region(r) => view.region = Some(r.clone()),
        Scope::Country => {}
    }
    view.full_names =
        matches!(scope, Scope::Class(_)) && matches!(viewer.role, Role::Teacher | Role::Admin);
    let limit = if view.full_names {
        CLASS_LIMIT
    } else {
        q.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT)
    };

    boards.ensure_built(app, game, period).await?;
    let key = board_key(game, &period.bucket(app.now_ms()), &scope);
    // Fetch a margin (and a whole class at once): stale entries (a child who left the
    // class, a parent's new choice not yet seen by this replica's sets) are dropped below.
    let top = boards
        .top(&key, (limit + limit / 2 + 10).max(FETCH))
        .await?;
    let ids: Vec<i64> = top.iter().map(|(u, _)| *u).collect();
    let people = boards.people.get(app, &ids).await?;
    let mut last: Option<(i64, u64)> = None;
    let mut mine = None;
    for (i, (user, score)) in top
        .iter()
        .copied()
        .filter(|(u, _)| people.get(u).is_some_and(|p| p.on(&scope)))
        .enumerate()
    {
        let rank = match last {
            Some((s, r)) if s == score => r,
            _ => i as u64 + 1,
        };
        last = Some((score, rank));
        if user == viewer.id {
            mine = Some(Standing { rank, score });
        }
        if view.entries.len() < limit {
            let person = &people[&user];
            let name = if view.full_names {
                person.placement.name.clone()
            } else {
                short_name(&person.placement.name)
            };
            view.entries.push(Entry {
                rank,
                name,
                avatar: person.placement.avatar.clone(),
                score,
                me: user == viewer.id,
            });
        }
    }
    let on_board = me.as_ref().is_some_and(|p| p.on(&scope));
    view.me = match mine {
        Some(standing) => Some(standing),
        None if on_board => boards
            .sets
            .standing(&key, viewer.id)
            .await?
            .map(|(score, above)| Standing {
                rank: above + 1,
                score,
            }),
        None => None,
    };
    Ok(view)
}
