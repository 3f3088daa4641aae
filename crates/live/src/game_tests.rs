use serde_json::json;

use super::*;

fn single(correct: usize) -> Item {
    Item {
        prompt: "2 + 2 = ?".into(),
        body: Body::Single {
            options: vec!["3".into(), "4".into(), "5".into(), "6".into()],
            correct,
        },
        limit_ms: 20_000,
        shown: Vec::new(),
        image_url: None,
    }
}

fn game(mode: Mode, questions: usize) -> Game {
    Game::new(mode, (0..questions).map(|_| single(1)).collect())
}

fn join(g: &mut Game, name: &str) -> u64 {
    g.join(
        name.into(),
        name.to_lowercase(),
        None,
        format!("hash-{name}"),
    )
    .unwrap()
}

#[test]
fn a_name_is_taken_once_per_game_but_a_signed_in_child_gets_their_player_back() {
    let mut g = game(Mode::Classic, 2);
    let ali = join(&mut g, "Ali");
    assert_eq!(
        g.join("ALI".into(), "ali".into(), None, "h2".into()),
        Err(Refused::NameTaken)
    );
    let vali = g
        .join("Vali".into(), "user:7".into(), Some(7), "h3".into())
        .unwrap();
    let again = g
        .join("Vali".into(), "user:7".into(), Some(7), "h4".into())
        .unwrap();
    assert_eq!(vali, again);
    assert_ne!(ali, vali);
    assert_eq!(g.players.len(), 2);
    assert_eq!(g.resume("h4").unwrap().id, vali, "the newest token");
    assert_eq!(g.resume("h3").map(|p| p.id), Err(Refused::UnknownPlayer));
}

#[test]
fn the_first_answer_counts_and_a_second_is_refused() {
    let mut g = game(Mode::Classic, 1);
    let ali = join(&mut g, "Ali");
    assert_eq!(g.open_next(), Some(0));
    assert_eq!(g.answer(ali, 0, json!(1), 2_000), Ok(()));
    assert_eq!(
        g.answer(ali, 0, json!(0), 3_000),
        Err(reason::ALREADY_ANSWERED)
    );
    let out = g.close(false);
    assert_eq!(out[0].points, 950);
    assert!(out[0].correct);
}

#[test]
fn answers_after_the_limit_or_after_closing_or_to_another_question_are_refused() {
    let mut g = game(Mode::Classic, 2);
    let ali = join(&mut g, "Ali");
    let vali = join(&mut g, "Vali");
    assert_eq!(
        g.answer(ali, 0, json!(1), 0),
        Err(reason::NOT_THIS_QUESTION),
        "nothing is open in the lobby"
    );
    g.open_next();
    assert_eq!(g.answer(ali, 0, json!(1), 20_001), Err(reason::TOO_LATE));
    assert_eq!(
        g.answer(ali, 1, json!(1), 10),
        Err(reason::NOT_THIS_QUESTION)
    );
    assert_eq!(g.answer(ali, 0, json!(9), 10), Err(reason::BAD_CHOICE));
    assert_eq!(g.answer(ali, 0, json!(1), 20_000), Ok(()), "at the limit");
    g.close(false);
    assert_eq!(g.answer(vali, 0, json!(1), 10), Err(reason::TOO_LATE));
}

#[test]
fn closing_scores_everyone_and_ranks_ties_by_time_then_join_order() {
    let mut g = game(Mode::Classic, 2);
    let a = join(&mut g, "A");
    let b = join(&mut g, "B");
    let c = join(&mut g, "C");
    let d = join(&mut g, "D");
    g.open_next();
    g.answer(a, 0, json!(1), 4_000).unwrap();
    g.answer(b, 0, json!(1), 2_000).unwrap();
    g.answer(c, 0, json!(0), 1_000).unwrap();
    // d does not answer.
    let out = g.close(false);
    let by = |id| out.iter().find(|o| o.player_id == id).unwrap().clone();
    assert_eq!((by(b).points, by(b).rank), (950, 1));
    assert_eq!((by(a).points, by(a).rank), (900, 2));
    // Both 0 points: c answered in 1 s, d's missing answer counts the whole 20 s.
    assert_eq!((by(c).rank, by(d).rank), (3, 4));
    assert!(!by(d).answered && by(c).answered && !by(c).correct);
    g.open_next();
    g.answer(a, 1, json!(1), 0).unwrap();
    let out = g.close(false);
    let a_now = out.iter().find(|o| o.player_id == a).unwrap();
    assert_eq!((a_now.points, a_now.streak, a_now.score), (1100, 2, 2000));
    assert_eq!(a_now.rank, 1);
}

#[test]
fn a_skipped_question_counts_for_nobody() {
    let mut g = game(Mode::Classic, 2);
    let a = join(&mut g, "A");
    g.open_next();
    g.answer(a, 0, json!(1), 0).unwrap();
    let out = g.close(true);
    assert_eq!(
        (out[0].points, out[0].score, out[0].answered),
        (0, 0, false)
    );
    assert_eq!(g.players[0].total_ms, 0);
    assert_eq!(g.open_next(), Some(1));
}

#[test]
fn kids_mode_gives_100_a_right_answer_whatever_the_time() {
    let mut g = game(Mode::Kids, 1);
    let a = join(&mut g, "A");
    let b = join(&mut g, "B");
    g.open_next();
    g.answer(a, 0, json!(1), 19_000).unwrap();
    g.answer(b, 0, json!(1), 100).unwrap();
    let out = g.close(false);
    assert!(out.iter().all(|o| o.points == 100 && o.streak == 0));
    assert_eq!(out.iter().find(|o| o.player_id == b).unwrap().rank, 1);
}

#[test]
fn a_kicked_player_cannot_answer_or_come_back_and_keeps_their_name() {
    let mut g = game(Mode::Classic, 1);
    let a = join(&mut g, "A");
    let b = join(&mut g, "B");
    g.open_next();
    g.answer(a, 0, json!(1), 10).unwrap();
    assert!(g.kick(a));
    assert!(!g.kick(a), "once");
    assert_eq!(g.answer(a, 0, json!(1), 10), Err(reason::NOT_THIS_QUESTION));
    assert_eq!(g.resume("hash-A").map(|p| p.id), Err(Refused::Kicked));
    assert_eq!(
        g.join("A".into(), "a".into(), None, "x".into()),
        Err(Refused::NameTaken)
    );
    let out = g.close(false);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].player_id, b);
}

#[test]
fn the_question_closes_early_once_every_connected_player_answered() {
    let mut g = game(Mode::Classic, 1);
    let a = join(&mut g, "A");
    let b = join(&mut g, "B");
    g.open_next();
    g.answer(a, 0, json!(1), 10).unwrap();
    assert!(!g.all_answered());
    g.disconnected(b);
    assert!(
        g.all_answered(),
        "a phone that left does not hold the question open"
    );
}

#[test]
fn a_late_joiner_starts_with_the_time_of_the_questions_they_missed() {
    let mut g = game(Mode::Classic, 3);
    join(&mut g, "A");
    g.open_next();
    g.close(false);
    g.open_next();
    let late = join(&mut g, "Late");
    assert_eq!(g.player(late).unwrap().total_ms, 20_000);
    let out = g.close(false);
    let late = out.iter().find(|o| o.player_id == late).unwrap();
    assert!(!late.answered);
    assert_eq!(g.players[1].total_ms, 40_000);
}

#[test]
fn the_game_ends_after_the_last_question_and_takes_no_one_after() {
    let mut g = game(Mode::Classic, 1);
    join(&mut g, "A");
    g.open_next();
    g.close(false);
    assert_eq!(g.open_next(), None);
    g.end();
    assert_eq!(g.phase, Phase::Over);
    assert_eq!(
        g.join("B".into(), "b".into(), None, "h".into()),
        Err(Refused::Over)
    );
}

#[test]
fn a_restored_game_goes_on_after_its_last_closed_question_with_everyone_offline() {
    let mut g = game(Mode::Classic, 3);
    let a = join(&mut g, "A");
    g.open_next();
    g.answer(a, 0, json!(1), 0).unwrap();
    g.close(false);
    let players = g.players.clone();
    let mut back = Game::restore(Mode::Classic, g.items.clone(), players, 1);
    assert_eq!(back.phase, Phase::Closed(0));
    assert!(!back.players[0].connected);
    assert_eq!(back.resume("hash-A").unwrap().score, 1000);
    assert_eq!(back.open_next(), Some(1));
    let b = join(&mut back, "B");
    assert_eq!(b, a + 1, "new players get new numbers");
}

#[test]
fn players_who_leave_are_kicked_or_come_back_are_counted_for_closing_early() {
    let mut g = game(Mode::Classic, 1);
    let a = join(&mut g, "A");
    let b = join(&mut g, "B");
    let c = join(&mut g, "C");
    g.open_next();
    g.answer(a, 0, json!(1), 10).unwrap();
    g.disconnected(a);
    assert!(!g.all_answered(), "b and c are still thinking");
    g.kick(b);
    assert!(!g.all_answered(), "c is still thinking");
    g.resume("hash-A").unwrap();
    g.answer(c, 0, json!(0), 10).unwrap();
    assert!(
        g.all_answered(),
        "a answered before leaving and coming back"
    );
    g.disconnected(c);
    g.disconnected(c);
    assert!(g.all_answered(), "leaving twice counts once");
}
