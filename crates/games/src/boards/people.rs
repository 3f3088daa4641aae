//! The people on the boards, as the accounts domain places them (classes, organisations,
//! region) with their parents' choice of visibility; cached per replica for
//! [`PEOPLE_TTL`], so a board answers without a database query once warm.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kernel::relations::Placement;
use kernel::{AppResult, AppState};

use super::{scores, Scope, Visibility};

/// How long a replica keeps a person's placement: a move to another class, or a parent's
/// choice made on another replica, shows within this time.
pub const PEOPLE_TTL: Duration = Duration::from_secs(30);
/// The cache is emptied past this many people, so it cannot grow without bound.
const MAX_CACHED: usize = 200_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub placement: Placement,
    pub visibility: Visibility,
}

impl Person {
    /// The boards this person appears on: none for a hidden child or anyone not a student;
    /// their classes and organisations; their region and the country when a parent allowed it.
    pub fn scopes(&self) -> Vec<Scope> {
        if self.placement.role != "student" || self.visibility == Visibility::Hidden {
            return Vec::new();
        }
        let p = &self.placement;
        let mut out: Vec<Scope> = p.classes.iter().map(|c| Scope::Class(*c)).collect();
        out.extend(p.orgs.iter().map(|o| Scope::Organization(*o)));
        if self.visibility == Visibility::Public {
            out.extend(p.region.clone().map(Scope::Region));
            out.push(Scope::Country);
        }
        out
    }

    pub fn on(&self, scope: &Scope) -> bool {
        self.scopes().contains(scope)
    }

    /// Every board the person could appear on whatever the parents chose.
    pub fn possible_scopes(&self) -> Vec<Scope> {
        let everyone = Person {
            placement: Placement {
                role: "student".into(),
                ..self.placement.clone()
            },
            visibility: Visibility::Public,
        };
        everyone.scopes()
    }
}

/// The name a board shows: the first name and the initial of the second ("Aziza K.",
/// "Gʻayrat Oʻ."); the whole name only to a child's own teacher.
pub fn short_name(name: &str) -> String {
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or_default();
    let Some(second) = words.next() else {
        return first.to_string();
    };
    let mut chars = second.chars();
    let mut initial: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    // Uzbek oʻ and gʻ are one letter.
    if let Some(mark) = chars.next().filter(|c| *c == '\u{02BB}') {
        initial.push(mark);
    }
    format!("{first} {initial}.")
}

#[derive(Default)]
pub struct People {
    cache: Mutex<HashMap<i64, (Instant, Arc<Person>)>>,
}

impl People {
    /// The people with these ids (unknown ids are left out).
    pub async fn get(&self, app: &AppState, ids: &[i64]) -> AppResult<HashMap<i64, Arc<Person>>> {
        let mut found = HashMap::with_capacity(ids.len());
        let mut missing = Vec::new();
        {
            let cache = self.cache.lock().expect("people lock");
            for id in ids {
                match cache.get(id) {
                    Some((at, p)) if at.elapsed() < PEOPLE_TTL => {
                        found.insert(*id, p.clone());
                    }
                    _ => missing.push(*id),
                }
            }
        }
        if missing.is_empty() {
            return Ok(found);
        }
        let placements = app.directory.placements(&missing).await?;
        let ids: Vec<i64> = placements.iter().map(|p| p.id).collect();
        let choices: HashMap<i64, Visibility> = scores::visibilities(&app.db, &ids)
            .await?
            .into_iter()
            .collect();
        let mut cache = self.cache.lock().expect("people lock");
        if cache.len() > MAX_CACHED {
            cache.clear();
        }
        let now = Instant::now();
        for placement in placements {
            let visibility = choices.get(&placement.id).copied().unwrap_or_default();
            let id = placement.id;
            let person = Arc::new(Person {
                placement,
                visibility,
            });
            cache.insert(id, (now, person.clone()));
            found.insert(id, person);
        }
        Ok(found)
    }

    pub async fn one(&self, app: &AppState, id: i64) -> AppResult<Option<Arc<Person>>> {
        Ok(self.get(app, &[id]).await?.remove(&id))
    }

    /// Drops a person from this replica's cache (their parents just chose again).
    pub fn forget(&self, id: i64) {
        self.cache.lock().expect("people lock").remove(&id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn child(visibility: Visibility) -> Person {
        Person {
            placement: Placement {
                id: 7,
                role: "student".into(),
                name: "Aziza Karimova".into(),
                region: Some("samarkand".into()),
                classes: vec![3],
                orgs: vec![2],
                ..Placement::default()
            },
            visibility,
        }
    }

    #[test]
    fn a_child_is_on_the_class_and_school_boards_unless_a_parent_says_otherwise() {
        let scopes = child(Visibility::Class).scopes();
        assert_eq!(scopes, vec![Scope::Class(3), Scope::Organization(2)]);
        assert!(!child(Visibility::Class).on(&Scope::Country));
        assert!(child(Visibility::Hidden).scopes().is_empty());
        let public = child(Visibility::Public);
        assert!(public.on(&Scope::Region("samarkand".into())));
        assert!(public.on(&Scope::Country));
    }

    #[test]
    fn grown_ups_are_on_no_board() {
        let mut teacher = child(Visibility::Public);
        teacher.placement.role = "teacher".into();
        assert!(teacher.scopes().is_empty());
        assert_eq!(teacher.possible_scopes().len(), 4);
    }

    #[test]
    fn a_board_shows_a_first_name_and_an_initial() {
        assert_eq!(short_name("Aziza Karimova"), "Aziza K.");
        assert_eq!(short_name("  Gʻayrat   oʻktamov "), "Gʻayrat Oʻ.");
        assert_eq!(short_name("Мария Иванова"), "Мария И.");
        assert_eq!(short_name("Timur"), "Timur");
    }
}
