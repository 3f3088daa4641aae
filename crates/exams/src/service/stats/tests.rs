//! Unit tests of the item statistics on small, hand-checked classes.

use super::*;

fn answered(credit: f64, picked: &[usize], time_ms: i64) -> Option<Response> {
    Some(Response {
        credit,
        picked: picked.to_vec(),
        time_ms,
    })
}

fn sheet(score: f64, responses: Vec<Option<Response>>) -> Sheet {
    Sheet {
        score,
        max_score: 10.0,
        responses,
    }
}

/// Item A (single choice, key 1) is right for the strong students, item B (typed) for the
/// weak ones.
fn class_of_four() -> (Vec<Item>, Vec<Sheet>) {
    let items = vec![
        Item {
            question_id: 1,
            points: 1.0,
            options: Some(3),
            key: vec![1],
        },
        Item {
            question_id: 2,
            points: 1.0,
            options: None,
            key: vec![],
        },
    ];
    let sheets = vec![
        sheet(10.0, vec![answered(1.0, &[1], 1000), answered(0.0, &[], 0)]),
        sheet(7.0, vec![answered(1.0, &[1], 3000), answered(0.5, &[], 0)]),
        sheet(4.0, vec![answered(0.0, &[0], 2000), answered(1.0, &[], 0)]),
        sheet(1.0, vec![None, answered(1.0, &[], 500)]),
    ];
    (items, sheets)
}

#[test]
fn discrimination_is_positive_when_strong_students_get_it_right_and_negative_otherwise() {
    let (items, sheets) = class_of_four();
    let (_, stats) = compute(&items, &sheets, 4, 50);
    // Item A: credits 1,1,0,0 against rests 9,6,4,1 → 5/√34.
    assert_eq!(stats[0].discrimination, Some(0.86));
    assert_eq!(stats[1].discrimination, Some(-0.96));
    assert_eq!(stats[0].percent_correct, Some(50.0));
    assert_eq!(stats[1].percent_correct, Some(62.5));
}

#[test]
fn options_unanswered_and_times_are_counted_from_the_saved_answers() {
    let (items, sheets) = class_of_four();
    let (_, stats) = compute(&items, &sheets, 5, 50);
    let a = &stats[0];
    assert_eq!(a.answered, 3);
    assert_eq!(a.unanswered_percent, Some(25.0));
    assert_eq!(a.median_time_ms, Some(2000));
    let counts: Vec<(usize, bool)> = a
        .options
        .as_ref()
        .unwrap()
        .iter()
        .map(|o| (o.count, o.correct))
        .collect();
    assert_eq!(counts, vec![(1, false), (2, true), (0, false)]);
    assert_eq!(stats[1].options, None, "typed answers have no options");
    assert_eq!(
        stats[1].median_time_ms,
        Some(500),
        "unknown times are left out"
    );
}

#[test]
fn the_test_as_a_whole_has_started_submitted_mean_median_and_pass_rate() {
    let (items, sheets) = class_of_four();
    let (test, _) = compute(&items, &sheets, 5, 50);
    assert_eq!(
        test,
        TestStats {
            started: 5,
            submitted: 4,
            mean_percent: Some(55.0),
            median_percent: Some(55.0),
            pass_rate_percent: Some(50.0),
        }
    );
}

#[test]
fn fewer_than_four_students_give_no_discrimination_and_nobody_gives_nothing() {
    let (items, mut sheets) = class_of_four();
    sheets.pop();
    let (_, stats) = compute(&items, &sheets, 3, 50);
    assert_eq!(stats[0].discrimination, None);
    assert_eq!(stats[0].percent_correct, Some(66.7));
    let (test, stats) = compute(&items, &[], 0, 50);
    assert_eq!(test.mean_percent, None);
    assert_eq!(test.pass_rate_percent, None);
    assert_eq!(stats[0].percent_correct, None);
    assert_eq!(stats[0].unanswered_percent, None);
    assert_eq!(stats[0].options.as_ref().unwrap()[1].count, 0);
}

#[test]
fn picks_count_once() {
    let sheets: Vec<Sheet> = (0..10)
        .map(|i| sheet(i as f64, vec![answered(0.0, &[2, 2, 0], 0)]))
        .collect();
    let item = Item {
        question_id: 1,
        points: 1.0,
        options: Some(3),
        key: vec![0, 2],
    };
    let (_, stats) = compute(&[item], &sheets, 10, 50);
    let counts: Vec<usize> = stats[0]
        .options
        .as_ref()
        .unwrap()
        .iter()
        .map(|o| o.count)
        .collect();
    assert_eq!(counts, vec![10, 0, 10]);
    assert_eq!(
        stats[0].discrimination, None,
        "nobody got it right: no correlation"
    );
}

/// Twenty students, three one-point questions, most of them tied on their totals: the cut
/// of an upper/lower 27 % group would fall among equals.
fn class_of_twenty() -> (Vec<Item>, Vec<Sheet>) {
    let items: Vec<Item> = (1..=3)
        .map(|id| Item {
            question_id: id,
            points: 1.0,
            options: None,
            key: vec![],
        })
        .collect();
    // Four students with 3, six with 2, six with 1, four with 0: 27 % of 20 is 5, so an
    // upper group would take one of the six students with 2, and which one was luck.
    let patterns: [[f64; 3]; 20] = [
        [1.0, 1.0, 1.0],
        [1.0, 1.0, 1.0],
        [1.0, 1.0, 1.0],
        [1.0, 1.0, 1.0],
        [1.0, 1.0, 0.0],
        [1.0, 1.0, 0.0],
        [1.0, 1.0, 0.0],
        [1.0, 0.0, 1.0],
        [1.0, 0.0, 1.0],
        [0.0, 1.0, 1.0],
        [1.0, 0.0, 0.0],
        [1.0, 0.0, 0.0],
        [1.0, 0.0, 0.0],
        [1.0, 0.0, 0.0],
        [0.0, 1.0, 0.0],
        [0.0, 1.0, 0.0],
        [0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0],
    ];
    let sheets = patterns
        .iter()
        .map(|p| Sheet {
            score: p.iter().sum(),
            max_score: 3.0,
            responses: p.iter().map(|c| answered(*c, &[], 0)).collect(),
        })
        .collect();
    (items, sheets)
}

#[test]
fn discrimination_does_not_depend_on_the_order_of_tied_students() {
    let (items, sheets) = class_of_twenty();
    let of = |sheets: &[Sheet]| -> Vec<Option<f64>> {
        compute(&items, sheets, sheets.len(), 50)
            .1
            .iter()
            .map(|s| s.discrimination)
            .collect()
    };
    let first = of(&sheets);
    assert_eq!(first, [Some(0.26), Some(0.26), Some(0.43)]);
    let mut reversed = sheets.clone();
    reversed.reverse();
    assert_eq!(of(&reversed), first);
    for k in 1..sheets.len() {
        let mut rotated = sheets.clone();
        rotated.rotate_left(k);
        assert_eq!(of(&rotated), first, "rotated by {k}");
    }
    // Pairs of equal totals swapped: the old group cut would pick different students.
    let mut swapped = sheets.clone();
    for pair in swapped.chunks_mut(2) {
        pair.reverse();
    }
    assert_eq!(of(&swapped), first);
}

#[test]
fn medians_take_the_middle_or_the_mean_of_the_middle_two() {
    assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
    assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
    assert_eq!(median(&[]), None);
}
