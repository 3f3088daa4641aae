//! The package read back by a tiny ZIP reader: headers, central directory, end record, CRCs.

use super::zip::crc32;
use super::*;

fn u16_at(b: &[u8], at: usize) -> usize {
    u16::from_le_bytes([b[at], b[at + 1]]) as usize
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Every entry as (name, text), checked against its local header, its central record and
/// its CRC; panics on any mismatch.
fn read_zip(b: &[u8]) -> Vec<(String, String)> {
    let end = b.len() - 22;
    assert_eq!(
        u32_at(b, end),
        0x0605_4b50,
        "end of central directory record"
    );
    let count = u16_at(b, end + 10);
    assert_eq!(u16_at(b, end + 8), count);
    let size = u32_at(b, end + 12) as usize;
    let mut at = u32_at(b, end + 16) as usize;
    assert_eq!(
        at + size,
        end,
        "the central directory ends where the end record starts"
    );
    let mut entries = Vec::new();
    for _ in 0..count {
        assert_eq!(u32_at(b, at), 0x0201_4b50, "central record");
        assert_eq!(u16_at(b, at + 10), 0, "stored");
        let crc = u32_at(b, at + 16);
        let (csize, usize_) = (u32_at(b, at + 20), u32_at(b, at + 24));
        assert_eq!(csize, usize_);
        let name_len = u16_at(b, at + 28);
        let local = u32_at(b, at + 42) as usize;
        let name = String::from_utf8(b[at + 46..at + 46 + name_len].to_vec()).unwrap();
        at += 46 + name_len + u16_at(b, at + 30) + u16_at(b, at + 32);

        assert_eq!(u32_at(b, local), 0x0403_4b50, "local header of {name}");
        assert_eq!(u32_at(b, local + 14), crc, "{name}");
        assert_eq!(u32_at(b, local + 18), csize, "{name}");
        assert_eq!(&b[local + 30..local + 30 + name_len], name.as_bytes());
        let data_at = local + 30 + name_len + u16_at(b, local + 28);
        let data = &b[data_at..data_at + csize as usize];
        assert_eq!(crc32(data), crc, "CRC of {name}");
        entries.push((name, String::from_utf8(data.to_vec()).unwrap()));
    }
    assert_eq!(at, end);
    entries
}

fn part(entries: &[(String, String)], name: &str) -> String {
    let found = entries.iter().find(|(n, _)| n == name);
    found.unwrap_or_else(|| panic!("{name} missing")).1.clone()
}

fn sample() -> Vec<Sheet> {
    vec![
        Sheet {
            name: "Oʻyinchilar".into(),
            rows: vec![
                vec!["Ism".into(), "Ball".into()],
                vec!["Ali".into(), 1450.into()],
                vec!["=1+1".into(), 12.5.into(), Cell::Empty],
            ],
        },
        Sheet {
            name: "Savollar".into(),
            rows: vec![vec!["№".into()]],
        },
    ]
}

#[test]
fn crc32_gives_the_standard_check_value() {
    assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn the_workbook_is_a_zip_with_every_part_of_the_package() {
    let entries = read_zip(&workbook(&sample()));
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
            "xl/worksheets/sheet1.xml",
            "xl/worksheets/sheet2.xml",
        ]
    );
    let types = part(&entries, "[Content_Types].xml");
    assert!(types.contains(r#"PartName="/xl/worksheets/sheet2.xml""#));
    let book = part(&entries, "xl/workbook.xml");
    assert!(book.contains(r#"<sheet name="Oʻyinchilar" sheetId="1" r:id="rId1"/>"#));
    assert!(part(&entries, "xl/_rels/workbook.xml.rels").contains(r#"Id="rId3""#));
}

#[test]
fn text_is_an_inline_string_numbers_are_numbers_and_the_header_is_bold() {
    let entries = read_zip(&workbook(&sample()));
    let sheet = part(&entries, "xl/worksheets/sheet1.xml");
    assert!(sheet
        .contains(r#"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Ism</t></is></c>"#));
    assert!(sheet.contains(r#"<c r="B2"><v>1450</v></c>"#), "{sheet}");
    assert!(sheet.contains(r#"<c r="B3"><v>12.5</v></c>"#), "{sheet}");
    assert!(!sheet.contains(r#"r="C3""#), "an empty cell is left out");
    assert!(sheet.contains(r#"<col min="1" max="1" width="6" customWidth="1"/>"#));
}

#[test]
fn a_formula_looking_text_stays_text() {
    let entries = read_zip(&workbook(&sample()));
    let sheet = part(&entries, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains(r#"<c r="A3" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>"#)
    );
    assert!(!sheet.contains("<f>"), "no formula anywhere");
}

#[test]
fn text_is_escaped_and_characters_xml_forbids_are_dropped() {
    assert_eq!(
        escape(r#"<b>&"Ali's"</b>"#),
        "&lt;b&gt;&amp;&quot;Ali&apos;s&quot;&lt;/b&gt;"
    );
    assert_eq!(escape("A\u{0}l\u{1b}i\u{fffe}\tB\n"), "Ali\tB\n");
    assert_eq!(escape("_x0041_ and x_1"), "_x005F_x0041_ and x_1");
    assert_eq!(escape("Oʻgʻiloy Ғ"), "Oʻgʻiloy Ғ");
}

#[test]
fn sheet_names_are_made_valid_and_unique() {
    assert_eq!(sheet_name("a[b]:c*d?e/f\\g", 1), "abcdefg");
    assert_eq!(sheet_name("'quoted'", 1), "quoted");
    assert_eq!(sheet_name(" ?? ", 3), "Sheet3");
    assert_eq!(sheet_name(&"x".repeat(40), 1).len(), 31);
    let twins = vec![
        Sheet {
            name: "Savollar".into(),
            rows: vec![],
        },
        Sheet {
            name: "SAVOLLAR".into(),
            rows: vec![],
        },
    ];
    let book = part(&read_zip(&workbook(&twins)), "xl/workbook.xml");
    assert!(book.contains(r#"name="Savollar""#) && book.contains(r#"name="SAVOLLAR (2)""#));
}

#[test]
fn columns_are_lettered_like_excel() {
    let letters: Vec<String> = [0, 25, 26, 27, 51, 52, 701, 702]
        .into_iter()
        .map(super::parts::column)
        .collect();
    assert_eq!(letters, ["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
}
