//! The frames host screens get: the game's state, a question, its results, the top places.

use serde_json::{json, Value};

use crate::game::{Game, Outcome, Phase};

/// The whole picture for a host screen that (re)connects.
pub fn state(game: &Game, paused: bool) -> Value {
    let phase = match game.phase {
        Phase::Lobby => json!({"phase": "lobby"}),
        Phase::Open(n) => json!({"phase": "open", "question": n}),
        Phase::Closed(n) => json!({"phase": "closed", "question": n}),
        Phase::Over => json!({"phase": "over"}),
    };
    json!({"type": "state", "game": phase, "paused": paused, "top": top(game, 5), "questions": game.items.len()})
}

/// Question `n` as the big screen shows it.
pub fn question(game: &Game, n: u32) -> Value {
    let item = &game.items[n as usize];
    json!({
        "type": "question",
        "question": n,
        "of": game.items.len(),
        "kind": item.body.kind(),
        "text": item.prompt,
        "options": option_texts(item),
        "image_url": item.image_url,
        "time_limit_ms": item.limit_ms,
    })
}

/// What closing question `n` showed: the bar chart and the top five.
pub fn results(game: &Game, n: u32, skip: bool, outcomes: &[Outcome]) -> Value {
    let item = &game.items[n as usize];
    json!({
        "type": "results",
        "question": n,
        "skipped": skip,
        "distribution": crate::distribution::count(item, game.given()),
        "correct": outcomes.iter().filter(|o| o.correct).count(),
        "answered": outcomes.iter().filter(|o| o.answered).count(),
        "top": top(game, 5),
    })
}

/// The first `n` places.
pub fn top(game: &Game, n: usize) -> Vec<Value> {
    let places = game.places();
    let mut ranked: Vec<(u32, &crate::game::Player)> = places
        .into_iter()
        .zip(&game.players)
        .filter(|(_, p)| !p.kicked)
        .collect();
    ranked.sort_by_key(|(rank, _)| *rank);
    ranked
        .into_iter()
        .take(n)
        .map(|(rank, p)| json!({"rank": rank, "name": p.name, "score": p.score, "correct": p.correct}))
        .collect()
}

/// The texts behind the shapes, in shown order.
pub fn option_texts(item: &crate::game::Item) -> Option<Vec<String>> {
    use questions::model::question::Body;
    match &item.body {
        Body::Single { options, .. } | Body::Multiple { options, .. } => Some(options.clone()),
        Body::Ordering { items } => Some(item.shown.iter().map(|&i| items[i].clone()).collect()),
        _ => None,
    }
}
