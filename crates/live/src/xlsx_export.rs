//! A game's results as an Excel workbook: the same players and questions as the CSV, one sheet
//! each, with the page's translated column titles and sheet names. Times are seconds, as numbers.

use kernel::i18n::Tr;
use kernel::xlsx::{Cell, Sheet};

use crate::host_results::{PlayerLine, QuestionLine};

/// Milliseconds as seconds with one decimal.
fn seconds(ms: i64) -> f64 {
    (ms as f64 / 100.0).round() / 10.0
}

fn heads(tr: &Tr, keys: &[&str]) -> Vec<Cell> {
    keys.iter().map(|k| Cell::Text(tr.t(k))).collect()
}

/// Players by rank (kicked players left out, as in the CSV), then the questions.
pub fn results(tr: &Tr, players: &[PlayerLine], questions: &[QuestionLine]) -> Vec<u8> {
    let mut player_rows = vec![heads(
        tr,
        &[
            "live-host-col-rank",
            "live-host-col-name",
            "live-host-col-score",
            "live-host-col-correct",
            "live-host-col-time-s",
        ],
    )];
    player_rows.extend(players.iter().filter(|p| !p.kicked).map(|p| {
        vec![
            p.rank.into(),
            p.name.as_str().into(),
            p.score.into(),
            p.correct.into(),
            seconds(p.time_ms).into(),
        ]
    }));
    let mut question_rows = vec![heads(
        tr,
        &[
            "live-host-col-question",
            "live-host-col-text",
            "live-host-col-answered",
            "live-host-col-right",
            "live-host-col-average-s",
        ],
    )];
    question_rows.extend(questions.iter().map(|q| {
        vec![
            q.number.into(),
            q.text.as_str().into(),
            q.answered.into(),
            q.correct.into(),
            q.average_ms.map(seconds).into(),
        ]
    }));
    kernel::xlsx::workbook(&[
        Sheet {
            name: tr.t("live-host-players"),
            rows: player_rows,
        },
        Sheet {
            name: tr.t("live-host-questions"),
            rows: question_rows,
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_seconds_rounded_to_one_decimal() {
        assert_eq!(seconds(12_345), 12.3);
        assert_eq!(seconds(950), 1.0);
        assert_eq!(seconds(0), 0.0);
    }
}
