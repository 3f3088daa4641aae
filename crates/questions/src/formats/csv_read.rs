//! A small RFC 4180 reader: fields separated by a delimiter, quoted with `"` when they hold the
//! delimiter, quotes (doubled) or line breaks. Lenient where spreadsheets are: text after a
//! closing quote is kept, and a quote inside an unquoted field is an ordinary character.

use super::ImportError;

/// One row and the line it starts on.
#[derive(Debug, PartialEq)]
pub(crate) struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// The delimiter of a file, guessed from its first line: `,`, `;` (Excel in Uzbek and
/// Russian locales) or a tab, whichever appears most.
pub(crate) fn detect_delimiter(text: &str) -> char {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |d: char| first.matches(d).count();
    [';', '\t']
        .into_iter()
        .fold(',', |best, d| if count(d) > count(best) { d } else { best })
}

/// All rows of `text`, blank lines included as rows with one empty field.
pub(crate) fn read(text: &str, delim: char) -> Result<Vec<Record>, ImportError> {
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if at_field_start && c == '"' {
            let quote_line = line;
            loop {
                match chars.next() {
                    None => return Err(ImportError::new(quote_line, "csv_unclosed_quote")),
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some('\r') if chars.peek() == Some(&'\n') => {}
                    Some(c) => {
                        if c == '\n' {
                            line += 1;
                        }
                        field.push(c);
                    }
                }
            }
            at_field_start = false;
            continue;
        }
        at_field_start = false;
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                records.push(Record {
                    line: record_line,
                    fields: std::mem::take(&mut fields),
                });
                line += 1;
                record_line = line;
                at_field_start = true;
            }
            c if c == delim => {
                fields.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            c => field.push(c),
        }
    }
    if !at_field_start || !fields.is_empty() || !field.is_empty() {
        fields.push(field);
        records.push(Record {
            line: record_line,
            fields,
        });
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, delim: char) -> Vec<Vec<String>> {
        read(text, delim)
            .unwrap()
            .into_iter()
            .map(|r| r.fields)
            .collect()
    }

    #[test]
    fn reads_quoted_fields_with_commas_quotes_and_line_breaks() {
        let text = "a,b,c\r\n\"x, y\",\"He said \"\"hi\"\"\",\"line1\r\nline2\"\r\n1,2,3";
        assert_eq!(
            rows(text, ','),
            [
                vec!["a", "b", "c"],
                vec!["x, y", "He said \"hi\"", "line1\nline2"],
                vec!["1", "2", "3"]
            ]
        );
        let records = read(text, ',').unwrap();
        assert_eq!(
            records[2].line, 4,
            "a row after a quoted line break starts a line later"
        );
    }

    #[test]
    fn detects_semicolons_and_reports_an_unclosed_quote() {
        assert_eq!(detect_delimiter("type;prompt;options;answer\n"), ';');
        assert_eq!(detect_delimiter("type,prompt,options,answer\n"), ',');
        assert_eq!(rows("a;\"b;c\";d", ';'), [vec!["a", "b;c", "d"]]);
        assert_eq!(
            read("a,b\n1,\"open\n\n", ',').unwrap_err(),
            ImportError::new(2, "csv_unclosed_quote")
        );
        assert_eq!(rows("a,\"b\"x,c\"d", ','), [vec!["a", "bx", "c\"d"]]);
    }
}
