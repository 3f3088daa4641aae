//! A game's results as an Excel workbook: the same players and questions as the CSV, one sheet
//! each, with the page's translated column titles and sheet names. Times are seconds, as numbers.
//! Written with `rust_xlsxwriter`, as the exams' results are; text is always written as text,
//! so a name that looks like a formula never runs as one.

use kernel::i18n::Tr;
use kernel::AppError;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::host_results::{PlayerLine, QuestionLine};

/// What the browser is told the file is.
pub const CONTENT_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Milliseconds as seconds with one decimal.
fn seconds(ms: i64) -> f64 {
    (ms as f64 / 100.0).round() / 10.0
}

/// Players by rank (kicked players left out, as in the CSV), then the questions.
pub fn results(
    tr: &Tr,
    players: &[PlayerLine],
    questions: &[QuestionLine],
) -> Result<Vec<u8>, AppError> {
    build(tr, players, questions).map_err(AppError::internal)
}

fn build(
    tr: &Tr,
    players: &[PlayerLine],
    questions: &[QuestionLine],
) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let one_decimal = Format::new().set_num_format("0.0");

    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&tr.t("live-host-players")))?;
    let heads = [
        "live-host-col-rank",
        "live-host-col-name",
        "live-host-col-score",
        "live-host-col-correct",
        "live-host-col-time-s",
    ];
    write_heads(ws, tr, &heads, &bold)?;
    for (i, p) in players.iter().filter(|p| !p.kicked).enumerate() {
        let r = i as u32 + 1;
        ws.write_number(r, 0, p.rank as f64)?;
        ws.write_string(r, 1, &p.name)?;
        ws.write_number(r, 2, p.score as f64)?;
        ws.write_number(r, 3, p.correct as f64)?;
        ws.write_number_with_format(r, 4, seconds(p.time_ms), &one_decimal)?;
    }
    ws.set_column_width(1, 24)?;
    ws.set_freeze_panes(1, 0)?;

    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&tr.t("live-host-questions")))?;
    let heads = [
        "live-host-col-question",
        "live-host-col-text",
        "live-host-col-answered",
        "live-host-col-right",
        "live-host-col-average-s",
    ];
    write_heads(ws, tr, &heads, &bold)?;
    for (i, q) in questions.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_number(r, 0, q.number as f64)?;
        ws.write_string(r, 1, &q.text)?;
        ws.write_number(r, 2, q.answered as f64)?;
        ws.write_number(r, 3, q.correct as f64)?;
        if let Some(ms) = q.average_ms {
            ws.write_number_with_format(r, 4, seconds(ms), &one_decimal)?;
        }
    }
    ws.set_column_width(1, 48)?;
    ws.set_freeze_panes(1, 0)?;
    wb.save_to_buffer()
}

fn write_heads(ws: &mut Worksheet, tr: &Tr, keys: &[&str], bold: &Format) -> Result<(), XlsxError> {
    for (c, key) in keys.iter().enumerate() {
        let head = tr.t(key);
        ws.write_string_with_format(0, c as u16, &head, bold)?;
        ws.set_column_width(c as u16, (head.chars().count() + 2).max(8) as f64)?;
    }
    Ok(())
}

/// A sheet name Excel accepts: none of `[]:*?/\`, at most 31 characters.
fn sheet_name(s: &str) -> String {
    s.chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect()
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

    #[test]
    fn a_sheet_name_loses_what_excel_refuses() {
        assert_eq!(sheet_name("Savollar [1/2]"), "Savollar 12");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }
}
