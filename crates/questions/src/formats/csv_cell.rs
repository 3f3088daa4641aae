//! One CSV cell, written and read back: RFC 4180 quoting, and formulas defused so that a text
//! like `=HYPERLINK(…)` never runs when the file is opened in a spreadsheet. Shared by the
//! question export and the results export.

/// Characters a spreadsheet reads as the start of a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `s` gets a leading `'`: it starts like a formula, or it is already a defused text
/// (so that reading it back strips exactly the one quote added).
fn needs_defusing(s: &str) -> bool {
    s.starts_with(FORMULA_START) || s.strip_prefix('\'').is_some_and(needs_defusing)
}

/// A cell ready to join with commas: `'` before a formula-like text, quoted when it holds a
/// separator (`,` or `;`), a quote, a line break or a tab, or starts or ends with a space.
pub fn cell(s: &str) -> String {
    let s = if needs_defusing(s) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    let needs_quotes = s.contains([',', ';', '"', '\n', '\r', '\t']) || s.trim() != s;
    if needs_quotes {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The text of a read cell: the `'` that [`cell`] put before a formula-like text is taken off;
/// any other text is kept as it is.
pub fn uncell(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if needs_defusing(rest) => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_are_defused() {
        assert_eq!(cell("Gʻulom"), "Gʻulom");
        assert_eq!(cell("Ali, Vali"), "\"Ali, Vali\"");
        assert_eq!(cell("a;b"), "\"a;b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("-0"), "'-0");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("it's"), "it's");
    }

    #[test]
    fn reading_a_cell_back_gives_the_text_written() {
        for text in [
            "=1+1", "'=1+1", "''-3", "-3", "it's", "'quoted'", "+998", "plain", "",
        ] {
            let written = cell(text);
            let unquoted = written
                .strip_prefix('"')
                .and_then(|w| w.strip_suffix('"'))
                .map_or(written.clone(), |w| w.replace("\"\"", "\""));
            assert_eq!(uncell(&unquoted), text, "{written}");
        }
    }
}
