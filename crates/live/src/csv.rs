//! A game's results as CSV: UTF-8 with a byte-order mark, so Excel shows Uzbek and Russian
//! letters, and every field quoted where it needs to be.

use kernel::i18n::Tr;

use crate::host_results::{PlayerLine, QuestionLine};

/// The byte-order mark Excel looks for to read a CSV file as UTF-8.
const BOM: &str = "\u{feff}";

/// One field, quoted when it holds a comma, a quote or a line break. A leading `=`, `+`, `-`
/// or `@` is prefixed with `'` so a player's name never runs as a spreadsheet formula.
pub fn field(raw: &str) -> String {
    let text = if raw.starts_with(['=', '+', '-', '@']) {
        format!("'{raw}")
    } else {
        raw.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn row(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// Players by rank, a blank line, then the questions.
pub fn results(tr: &Tr, players: &[PlayerLine], questions: &[QuestionLine]) -> String {
    let mut out = String::from(BOM);
    out.push_str(&row(&[
        tr.t("live-host-col-rank"),
        tr.t("live-host-col-name"),
        tr.t("live-host-col-score"),
        tr.t("live-host-col-correct"),
        tr.t("live-host-col-time-s"),
    ]));
    for p in players.iter().filter(|p| !p.kicked) {
        out.push_str(&row(&[
            p.rank.to_string(),
            p.name.clone(),
            p.score.to_string(),
            p.correct.to_string(),
            format!("{:.1}", p.time_ms as f64 / 1000.0),
        ]));
    }
    out.push_str("\r\n");
    out.push_str(&row(&[
        tr.t("live-host-col-question"),
        tr.t("live-host-col-text"),
        tr.t("live-host-col-answered"),
        tr.t("live-host-col-right"),
        tr.t("live-host-col-average-s"),
    ]));
    for q in questions {
        out.push_str(&row(&[
            q.number.to_string(),
            q.text.clone(),
            q.answered.to_string(),
            q.correct.to_string(),
            q.average_ms
                .map(|ms| format!("{:.1}", ms as f64 / 1000.0))
                .unwrap_or_default(),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_quotes_or_formulas_are_made_safe() {
        assert_eq!(field("Ali"), "Ali");
        assert_eq!(field("Oʻgʻil, Ali"), "\"Oʻgʻil, Ali\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("-5"), "'-5");
    }
}
