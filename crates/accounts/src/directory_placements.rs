//! Where people sit (classes, organisations, region), in batches, for other domains' rankings.

use std::collections::HashMap;

use kernel::db::Db;
use kernel::relations::Placement;
use kernel::AppResult;

/// Ids per query: well under every database's limit on bound parameters.
const BATCH: usize = 500;

#[derive(sqlx::FromRow)]
struct PersonRow {
    id: i64,
    public_id: String,
    role: String,
    name: String,
    avatar: String,
    birth_year: Option<i64>,
    region: Option<String>,
}

#[derive(sqlx::FromRow)]
struct SeatRow {
    user_id: i64,
    class_id: Option<i64>,
    org_id: Option<i64>,
    org_region: Option<String>,
}

/// The placements of `ids`, in the order of `ids`; unknown ids are left out.
pub async fn placements(db: &Db, ids: &[i64]) -> AppResult<Vec<Placement>> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(BATCH) {
        out.extend(batch(db, chunk).await?);
    }
    Ok(out)
}

fn list(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

async fn batch(db: &Db, ids: &[i64]) -> AppResult<Vec<Placement>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks = list(ids.len());
    let people_sql = format!(
        "SELECT id, public_id, role, name, avatar, birth_year, region FROM users WHERE id IN ({marks})"
    );
    let seats_sql = format!(
        "SELECT m.student_id AS user_id, c.id AS class_id, c.org_id, o.region AS org_region \
         FROM class_members m JOIN classes c ON c.id = m.class_id \
         LEFT JOIN organizations o ON o.id = c.org_id \
         WHERE c.archived_at IS NULL AND m.student_id IN ({marks}) \
         UNION ALL \
         SELECT om.user_id, NULL AS class_id, om.org_id, o.region AS org_region \
         FROM org_members om JOIN organizations o ON o.id = om.org_id \
         WHERE om.user_id IN ({marks}) ORDER BY 1, 3"
    );
    let mut people = sqlx::query_as::<_, PersonRow>(&people_sql);
    let mut seats = sqlx::query_as::<_, SeatRow>(&seats_sql);
    for id in ids {
        people = people.bind(*id);
        seats = seats.bind(*id);
    }
    let people = people.fetch_all(db.pool()).await?;
    let seats = seats.fetch_all(db.pool()).await?;
    let mut by_id: HashMap<i64, Placement> = people
        .into_iter()
        .map(|p| {
            let placement = Placement {
                id: p.id,
                public_id: p.public_id,
                role: p.role,
                name: p.name,
                avatar: p.avatar,
                birth_year: p.birth_year,
                region: p.region,
                ..Placement::default()
            };
            (p.id, placement)
        })
        .collect();
    for seat in seats {
        let Some(p) = by_id.get_mut(&seat.user_id) else {
            continue;
        };
        if let Some(class) = seat.class_id.filter(|c| !p.classes.contains(c)) {
            p.classes.push(class);
        }
        if let Some(org) = seat.org_id.filter(|o| !p.orgs.contains(o)) {
            p.orgs.push(org);
        }
        if p.region.is_none() {
            p.region = seat.org_region;
        }
    }
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}
