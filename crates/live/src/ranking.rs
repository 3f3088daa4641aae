//! The order of players: more points first; a tie goes to the lower total answer time, then to
//! whoever joined first, so every place is held by one player.
//!
//! The total answer time adds each question's response time; a question left unanswered
//! counts its whole time limit, so answering nothing never wins a tie against answering.

/// What ranking needs to know of a player.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    pub score: u64,
    /// Response times plus the limits of unanswered questions, in ms.
    pub total_ms: u64,
    /// 0 for the first player to join, then 1, 2…
    pub join_order: u64,
}

/// The indices of `players` from first place to last.
pub fn order(players: &[Standing]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..players.len()).collect();
    idx.sort_unstable_by(|&a, &b| {
        let (a, b) = (&players[a], &players[b]);
        b.score
            .cmp(&a.score)
            .then(a.total_ms.cmp(&b.total_ms))
            .then(a.join_order.cmp(&b.join_order))
    });
    idx
}

/// Each player's place (1 = first), by index of `players`.
pub fn places(players: &[Standing]) -> Vec<u32> {
    let mut places = vec![0; players.len()];
    for (place, i) in order(players).into_iter().enumerate() {
        places[i] = place as u32 + 1;
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(score: u64, total_ms: u64, join_order: u64) -> Standing {
        Standing {
            score,
            total_ms,
            join_order,
        }
    }

    #[test]
    fn more_points_come_first() {
        let players = [p(500, 1_000, 0), p(1_900, 9_000, 1), p(1_000, 0, 2)];
        assert_eq!(order(&players), vec![1, 2, 0]);
        assert_eq!(places(&players), vec![3, 1, 2]);
    }

    #[test]
    fn a_tie_goes_to_the_faster_player_then_to_the_one_who_joined_first() {
        let players = [
            p(1_000, 8_000, 0),
            p(1_000, 6_000, 3),
            p(1_000, 6_000, 1),
            p(0, 0, 2),
        ];
        assert_eq!(order(&players), vec![2, 1, 0, 3]);
        assert_eq!(places(&players), vec![3, 2, 1, 4]);
    }

    #[test]
    fn no_players_no_places() {
        assert!(order(&[]).is_empty());
        assert!(places(&[]).is_empty());
    }
}
