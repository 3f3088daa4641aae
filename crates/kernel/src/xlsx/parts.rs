//! The XML parts of a workbook package: content types, relationships, the workbook, the
//! styles (style 1 is bold, for the header row) and one worksheet per sheet.

use super::{escape, Cell};

const HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

pub fn content_types(sheets: usize) -> Vec<u8> {
    let ml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    let mut x = format!(
        r#"{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{ml}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="{ml}.styles+xml"/>"#
    );
    for n in 1..=sheets {
        x.push_str(&format!(
            r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{ml}.worksheet+xml"/>"#
        ));
    }
    x.push_str("</Types>");
    x.into_bytes()
}

pub const ROOT_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#,
    r#"</Relationships>"#
);

/// `names` are already valid and unique sheet names.
pub fn workbook(names: &[String]) -> Vec<u8> {
    let mut x = format!(r#"{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>"#);
    for (i, name) in names.iter().enumerate() {
        let n = i + 1;
        x.push_str(&format!(
            r#"<sheet name="{}" sheetId="{n}" r:id="rId{n}"/>"#,
            escape(name)
        ));
    }
    x.push_str("</sheets></workbook>");
    x.into_bytes()
}

pub fn workbook_rels(sheets: usize) -> Vec<u8> {
    let mut x = format!(r#"{HEAD}<Relationships xmlns="{PKG_REL}">"#);
    for n in 1..=sheets {
        x.push_str(&format!(
            r#"<Relationship Id="rId{n}" Type="{REL}/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        ));
    }
    x.push_str(&format!(
        r#"<Relationship Id="rId{}" Type="{REL}/styles" Target="styles.xml"/></Relationships>"#,
        sheets + 1
    ));
    x.into_bytes()
}

pub const STYLES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    r#"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>"#,
    r#"<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#,
    r#"<fills count="2"><fill><patternFill patternType="none"/></fill>"#,
    r#"<fill><patternFill patternType="gray125"/></fill></fills>"#,
    r#"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#,
    r#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#,
    r#"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#,
    r#"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#,
    r#"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#,
    r#"</styleSheet>"#
);

/// A sheet's rows, the first bold and frozen at the top, each column as wide as its longest
/// cell (within 6 and 60 characters).
pub fn worksheet(rows: &[Vec<Cell>]) -> Vec<u8> {
    let mut x = format!(r#"{HEAD}<worksheet xmlns="{MAIN}" xmlns:r="{REL}">"#);
    if rows.len() > 1 {
        x.push_str(r#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#);
    }
    let widths = widths(rows);
    if !widths.is_empty() {
        x.push_str("<cols>");
        for (i, w) in widths.iter().enumerate() {
            let n = i + 1;
            x.push_str(&format!(
                r#"<col min="{n}" max="{n}" width="{w}" customWidth="1"/>"#
            ));
        }
        x.push_str("</cols>");
    }
    x.push_str("<sheetData>");
    for (r, row) in rows.iter().enumerate() {
        let style = if r == 0 { r#" s="1""# } else { "" };
        x.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{}", column(c), r + 1);
            match cell {
                Cell::Text(t) => x.push_str(&format!(
                    r#"<c r="{at}"{style} t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                    escape(t)
                )),
                Cell::Number(n) if n.is_finite() => {
                    x.push_str(&format!(r#"<c r="{at}"{style}><v>{n}</v></c>"#))
                }
                Cell::Number(_) | Cell::Empty => {}
            }
        }
        x.push_str("</row>");
    }
    x.push_str("</sheetData></worksheet>");
    x.into_bytes()
}

fn widths(rows: &[Vec<Cell>]) -> Vec<usize> {
    let mut widths: Vec<usize> = Vec::new();
    for row in rows {
        for (c, cell) in row.iter().enumerate() {
            let chars = match cell {
                Cell::Text(t) => t.chars().count(),
                Cell::Number(n) => n.to_string().len(),
                Cell::Empty => 0,
            };
            if widths.len() <= c {
                widths.resize(c + 1, 0);
            }
            widths[c] = widths[c].max(chars);
        }
    }
    widths.into_iter().map(|w| (w + 2).clamp(6, 60)).collect()
}

/// `A`, `B`, … `Z`, `AA`, … for a zero-based column index.
pub fn column(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}
