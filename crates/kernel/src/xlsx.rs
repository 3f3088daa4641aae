//! A small Excel workbook (.xlsx, Office Open XML) writer with no dependencies: sheets of text
//! and number cells, the first row bold as a header, columns as wide as their text.
//!
//! Text is written as inline strings, so a cell that looks like a formula (`=1+1`) stays text,
//! and it is XML-escaped with the characters XML 1.0 forbids dropped. Numbers are numbers.

mod parts;
mod zip;

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Self {
        Cell::Number(n as f64)
    }
}

impl From<f64> for Cell {
    fn from(x: f64) -> Self {
        Cell::Number(x)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(v: Option<T>) -> Self {
        v.map_or(Cell::Empty, Into::into)
    }
}

/// One sheet: its name (made valid by [`workbook`]) and its rows, the first being the header.
#[derive(Clone, Debug, Default)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
}

/// The MIME type of an .xlsx file.
pub const CONTENT_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The sheets as one .xlsx file.
pub fn workbook(sheets: &[Sheet]) -> Vec<u8> {
    let mut names: Vec<String> = Vec::new();
    for (i, sheet) in sheets.iter().enumerate() {
        let mut name = sheet_name(&sheet.name, i + 1);
        // Excel refuses two sheets whose names differ only in case.
        let mut n = 2;
        while names
            .iter()
            .any(|o| o.to_lowercase() == name.to_lowercase())
        {
            let suffix = format!(" ({n})");
            let stem: String = sheet_name(&sheet.name, i + 1)
                .chars()
                .take(31 - suffix.chars().count())
                .collect();
            name = format!("{stem}{suffix}");
            n += 1;
        }
        names.push(name);
    }
    let mut entries = vec![
        (
            "[Content_Types].xml".to_string(),
            parts::content_types(sheets.len()),
        ),
        (
            "_rels/.rels".to_string(),
            parts::ROOT_RELS.as_bytes().to_vec(),
        ),
        ("xl/workbook.xml".to_string(), parts::workbook(&names)),
        (
            "xl/_rels/workbook.xml.rels".to_string(),
            parts::workbook_rels(sheets.len()),
        ),
        (
            "xl/styles.xml".to_string(),
            parts::STYLES.as_bytes().to_vec(),
        ),
    ];
    for (i, sheet) in sheets.iter().enumerate() {
        let name = format!("xl/worksheets/sheet{}.xml", i + 1);
        entries.push((name, parts::worksheet(&sheet.rows)));
    }
    zip::archive(&entries)
}

/// A name Excel accepts: none of `[]:*?/\`, no leading or trailing `'`, 1–31 characters
/// (`Sheet{n}` when nothing is left).
pub fn sheet_name(raw: &str, n: usize) -> String {
    let cleaned: String = raw
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c) && !c.is_control())
        .collect();
    let name: String = cleaned
        .trim()
        .trim_matches('\'')
        .trim()
        .chars()
        .take(31)
        .collect();
    if name.is_empty() {
        format!("Sheet{n}")
    } else {
        name
    }
}

/// Text for XML content or a double-quoted attribute: escaped, with the characters XML 1.0
/// forbids (most control characters, U+FFFE, U+FFFF) dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Excel reads `_x0041_` in a string as an escape for `A`; escaping the underscore
            // keeps such text as typed.
            '_' if is_excel_escape(&text[i..]) => out.push_str("_x005F_"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

fn is_excel_escape(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 7 && b[1] == b'x' && b[2..6].iter().all(u8::is_ascii_hexdigit) && b[6] == b'_'
}

#[cfg(test)]
mod tests;
