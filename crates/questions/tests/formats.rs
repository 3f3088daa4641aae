//! Importing and exporting questions: every format with realistic Uzbek, Russian and English
//! files, the line of the first problem, round trips, Fluent messages, a randomized
//! robustness run with fixed seeds, and the time to import 500 GIFT questions (printed).

use std::time::Instant;

use questions::check::check;
use questions::formats::{
    export_csv, export_gift, import, problem_code, Format, ImportError, CODES,
};
use questions::model::question::{Body, Question};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

fn ok(format: Format, text: &str) -> Vec<Question> {
    import(format, text).unwrap_or_else(|e| panic!("{} import failed: {e:?}", format.as_str()))
}

fn err(format: Format, text: &str) -> (usize, &'static str) {
    let e = import(format, text).expect_err("the file should be refused");
    (e.line, e.code)
}

fn s(items: &[&str]) -> Vec<String> {
    items.iter().map(|i| i.to_string()).collect()
}

fn q(prompt: &str, body: Body) -> Question {
    Question {
        prompt: prompt.into(),
        body,
        explanation: None,
    }
}

fn single(options: &[&str], correct: usize) -> Body {
    Body::Single {
        options: s(options),
        correct,
    }
}

const GIFT_UZ: &str = "// Matematika va ona tili, 5-sinf
$CATEGORY: $course$/top/5-sinf

::Q1:: 7 × 8 nechaga teng? {
=56
~54
~64
####7 × 8 = 7 × 10 − 7 × 2 = 56.
}

::Q2:: Quyidagilardan qaysilari tub son? {~%50%2 ~%50%3 ~%-100%4 ~%-100%9}

::Q3:: Toshkent — Oʻzbekistonning poytaxti. {T}

::Q4:: Alisher Navoiy qaysi shaharda tugʻilgan? {=Hirot =Hirotda}

::Q5:: 1,5 + 2,25 = ? {#3.75:0.01}

::Q6:: 10 dan 20 gacha boʻlgan istalgan sonni yozing. {#10..20}

::Q7:: Hayvonni uning bolasi bilan moslang. {
=Sigir -> buzoq
=Qoʻy -> qoʻzi
=Ot -> toy
}

::Q8:: Toshkent — Oʻzbekistonning {=poytaxti} hisoblanadi.

::Q9:: Sonlarni oʻsish tartibida joylashtiring. {>4 ALL VERTICAL ABSOLUTE_POSITION SHOW
0,5
3/4
1
1,25
}
";

#[test]
fn format_names_parse_and_print() {
    for f in Format::ALL {
        assert_eq!(Format::parse(f.as_str()), Some(f));
    }
    assert_eq!(Format::parse("uz-numbered"), Some(Format::UzNumbered));
    assert_eq!(Format::parse("xml"), None);
}

#[test]
fn gift_reads_every_supported_kind_from_an_uzbek_file() {
    let qs = ok(Format::Gift, GIFT_UZ);
    assert_eq!(qs.len(), 9);
    assert_eq!(
        qs[0],
        Question {
            prompt: "7 × 8 nechaga teng?".into(),
            body: single(&["56", "54", "64"], 0),
            explanation: Some("7 × 8 = 7 × 10 − 7 × 2 = 56.".into())
        }
    );
    assert_eq!(
        qs[1].body,
        Body::Multiple {
            options: s(&["2", "3", "4", "9"]),
            correct: vec![0, 1]
        }
    );
    assert_eq!(
        qs[2],
        q(
            "Toshkent — Oʻzbekistonning poytaxti.",
            Body::TrueFalse { answer: true }
        )
    );
    assert_eq!(
        qs[3].body,
        Body::Short {
            accepted: s(&["Hirot", "Hirotda"])
        }
    );
    assert_eq!(
        qs[4].body,
        Body::Numeric {
            answer: 3.75,
            tolerance: 0.01
        }
    );
    assert_eq!(
        qs[5].body,
        Body::Numeric {
            answer: 15.0,
            tolerance: 5.0
        }
    );
    assert_eq!(
        qs[6].body,
        Body::Matching {
            pairs: vec![
                ("Sigir".into(), "buzoq".into()),
                ("Qoʻy".into(), "qoʻzi".into()),
                ("Ot".into(), "toy".into())
            ]
        }
    );
    assert_eq!(
        qs[7],
        q(
            "",
            Body::FillBlanks {
                text: "Toshkent — Oʻzbekistonning ___ hisoblanadi.".into(),
                blanks: vec![s(&["poytaxti"])]
            }
        )
    );
    assert_eq!(
        qs[8].body,
        Body::Ordering {
            items: s(&["0,5", "3/4", "1", "1,25"])
        }
    );
}

#[test]
fn gift_reads_russian_and_english_with_escapes_and_crlf() {
    let text =
        "::Столица:: Какой город — столица России? {=Москва ~Санкт-Петербург ~Казань}\r\n\r\n\
                Как называется животное с иголками? {=ёж =ежик}\r\n\r\n\
                Вода кипит при 100 °C на уровне моря. {TRUE#Неверно#Верно}\r\n\r\n\
                Grant is {~buried =entombed ~living} in Grant's tomb.\r\n\r\n\
                Which sign means \"equals\"? {=\\= ~\\# ~\\~ ~\\{\\}}\r\n\r\n\
                {=Two} plus {=two =2} equals four.\r\n";
    let qs = ok(Format::Gift, text);
    assert_eq!(
        qs[0],
        q(
            "Какой город — столица России?",
            single(&["Москва", "Санкт-Петербург", "Казань"], 0)
        )
    );
    assert_eq!(
        qs[1].body,
        Body::Short {
            accepted: s(&["ёж", "ежик"])
        }
    );
    assert_eq!(qs[2].body, Body::TrueFalse { answer: true });
    assert_eq!(
        qs[3],
        q(
            "Grant is ___ in Grant's tomb.",
            single(&["buried", "entombed", "living"], 1)
        )
    );
    assert_eq!(
        qs[4],
        q(
            "Which sign means \"equals\"?",
            single(&["=", "#", "~", "{}"], 0)
        )
    );
    assert_eq!(
        qs[5].body,
        Body::FillBlanks {
            text: "___ plus ___ equals four.".into(),
            blanks: vec![s(&["Two"]), s(&["two", "2"])]
        }
    );
}

#[test]
fn gift_refuses_what_it_cannot_grade_at_the_right_line() {
    let essay = "Savol? {=a ~b}\n\n// insho\nYozgi taʼtilingiz haqida yozing. {}\n";
    assert_eq!(err(Format::Gift, essay), (4, "gift_essay"));
    assert_eq!(
        err(Format::Gift, "Savol? {=a ~b}\n\nFaqat matn, javobsiz.\n"),
        (3, "gift_no_answer")
    );
    assert_eq!(
        err(Format::Gift, "Savol? {=a ~b}\n\nQ2 {\n=a\n~b\n\nQ3 {T}\n"),
        (3, "gift_unclosed")
    );
    assert_eq!(
        err(Format::Gift, "Q1 {T}\n\nQ2 {=a ~b}}\n"),
        (3, "gift_stray_close")
    );
    assert_eq!(
        err(Format::Gift, "Q1 {T}\n\nQ2\n{~a ~b}\n"),
        (4, "gift_no_right")
    );
    assert_eq!(err(Format::Gift, "Q1 {#uch}\n"), (1, "bad_number"));
    assert_eq!(err(Format::Gift, "::Q1 savol {T}\n"), (1, "gift_title"));
    assert_eq!(
        err(Format::Gift, "Q1 {=a} va {~b =c}\n"),
        (1, "gift_many_blocks")
    );
    // The question passes the parser but not the checks: reported where it starts.
    assert_eq!(
        err(
            Format::Gift,
            "Q1 {T}\n\n// ikki xil variant kerak\nQ2 {\n=4\n~ 4\n}\n"
        ),
        (4, "question_duplicate_options")
    );
    assert_eq!(err(Format::Gift, "{=4 ~5}\n"), (1, "question_empty_prompt"));
}

#[test]
fn aiken_reads_english_russian_and_uzbek_with_crlf() {
    let text =
        "What is the capital of France?\r\nA. Berlin\r\nB. Paris\r\nC. Rome\r\nANSWER: B\r\n\r\n\
                Сколько будет 6 × 7?\r\nA) 36\r\nB) 42\r\nC) 48\r\nANSWER: B\r\n\r\n\
                Qaysi soʻz toʻgʻri yozilgan?\r\nA) maktab\r\nB) maktap\r\nANSWER: A\r\n";
    let qs = ok(Format::Aiken, text);
    assert_eq!(
        qs[0],
        q(
            "What is the capital of France?",
            single(&["Berlin", "Paris", "Rome"], 1)
        )
    );
    assert_eq!(
        qs[1],
        q("Сколько будет 6 × 7?", single(&["36", "42", "48"], 1))
    );
    assert_eq!(
        qs[2],
        q(
            "Qaysi soʻz toʻgʻri yozilgan?",
            single(&["maktab", "maktap"], 0)
        )
    );
}

#[test]
fn aiken_points_at_the_first_bad_line() {
    let base = "Q1?\nA. 1\nB. 2\nANSWER: A\n\n";
    assert_eq!(
        err(
            Format::Aiken,
            &format!("{base}Q2?\nA. 1\nB. 2\nANSWER: E\n")
        ),
        (9, "bad_key")
    );
    assert_eq!(
        err(Format::Aiken, &format!("{base}Q2?\nA. 1\nB. 2\n")),
        (6, "no_key")
    );
    assert_eq!(
        err(
            Format::Aiken,
            &format!("{base}Q2?\nA. 1\nB. 2\nbu nima?\nANSWER: A\n")
        ),
        (9, "unexpected_line")
    );
    assert_eq!(
        err(Format::Aiken, &format!("{base}Q2?\nANSWER: A\n")),
        (6, "no_options")
    );
    assert_eq!(
        err(
            Format::Aiken,
            &format!("{base}Q2?\nA. 1\nA. 2\nANSWER: A\n")
        ),
        (8, "option_order")
    );
}

const CSV_EN: &str = "type,prompt,options,answer,explanation
single,What is 7 × 8?,54|56|64,B,7 × 8 = 56
multiple,Which are prime?,2|3|4|9,A|B,
true_false,The Sun is a star.,,true,
short,Capital of Uzbekistan?,,Tashkent|Toshkent,
numeric,1.5 + 2.25 = ?,,3.75±0.01,
ordering,\"Order from smallest to largest\",1|10|100,,
matching,Match the animal and its young,cow=calf|sheep=lamb|horse=foal,,
fill_blanks,2 + 2 = ___ and 3 + 3 = ___,,4|four;6|six,
single,\"Which text has a comma, \"\"quotes\"\" and a
line break?\",\"this one, here|that\",A,
";

#[test]
fn csv_reads_every_type_with_rfc4180_quoting() {
    let qs = ok(Format::Csv, CSV_EN);
    assert_eq!(qs.len(), 9);
    assert_eq!(
        qs[0],
        Question {
            prompt: "What is 7 × 8?".into(),
            body: single(&["54", "56", "64"], 1),
            explanation: Some("7 × 8 = 56".into())
        }
    );
    assert_eq!(
        qs[1].body,
        Body::Multiple {
            options: s(&["2", "3", "4", "9"]),
            correct: vec![0, 1]
        }
    );
    assert_eq!(qs[2].body, Body::TrueFalse { answer: true });
    assert_eq!(
        qs[3].body,
        Body::Short {
            accepted: s(&["Tashkent", "Toshkent"])
        }
    );
    assert_eq!(
        qs[4].body,
        Body::Numeric {
            answer: 3.75,
            tolerance: 0.01
        }
    );
    assert_eq!(
        qs[5],
        q(
            "Order from smallest to largest",
            Body::Ordering {
                items: s(&["1", "10", "100"])
            }
        )
    );
    assert_eq!(
        qs[6].body,
        Body::Matching {
            pairs: vec![
                ("cow".into(), "calf".into()),
                ("sheep".into(), "lamb".into()),
                ("horse".into(), "foal".into())
            ]
        }
    );
    assert_eq!(
        qs[7],
        q(
            "",
            Body::FillBlanks {
                text: "2 + 2 = ___ and 3 + 3 = ___".into(),
                blanks: vec![s(&["4", "four"]), s(&["6", "six"])]
            }
        )
    );
    assert_eq!(
        qs[8],
        q(
            "Which text has a comma, \"quotes\" and a\nline break?",
            single(&["this one, here", "that"], 0)
        )
    );
}

#[test]
fn csv_from_excel_in_russian_or_uzbek_locale_uses_semicolons() {
    let text = "\u{FEFF}type;prompt;options;answer;explanation\r\n\
                single;Столица Узбекистана?;Самарканд|Ташкент|Бухара;Б;\r\n\
                true_false;Toshkent — Oʻzbekistonning poytaxti.;;yoʻq;\r\n\
                true_false;Москва — столица России.;;Да;\r\n\
                numeric;\"0,5 + 0,25\";;\"0,75+-0,01\";\r\n";
    let qs = ok(Format::Csv, text);
    assert_eq!(qs[0].body, single(&["Самарканд", "Ташкент", "Бухара"], 1));
    assert_eq!(qs[1].body, Body::TrueFalse { answer: false });
    assert_eq!(qs[2].body, Body::TrueFalse { answer: true });
    assert_eq!(
        qs[3].body,
        Body::Numeric {
            answer: 0.75,
            tolerance: 0.01
        }
    );
}

#[test]
fn csv_errors_name_the_row() {
    let head = "type,prompt,options,answer\n";
    assert_eq!(err(Format::Csv, "single,Q,a|b,A\n"), (1, "csv_header"));
    assert_eq!(
        err(Format::Csv, "type,prompt,options\nsingle,Q,a|b\n"),
        (1, "csv_missing_column")
    );
    assert_eq!(
        err(Format::Csv, "type,prompt,options,answer,notes\n"),
        (1, "csv_unknown_column")
    );
    assert_eq!(
        err(Format::Csv, &format!("{head}single,Q,a|b,A\nessay,Q,,\n")),
        (3, "csv_bad_type")
    );
    assert_eq!(
        err(
            Format::Csv,
            &format!("{head}single,Q,a|b,A\nsingle,Q,a|b,C\n")
        ),
        (3, "bad_key")
    );
    assert_eq!(
        err(Format::Csv, &format!("{head}single,Q,a|b,A|B\n")),
        (2, "key_count")
    );
    assert_eq!(
        err(Format::Csv, &format!("{head}single,Q,a|b,\n")),
        (2, "no_key")
    );
    assert_eq!(
        err(
            Format::Csv,
            &format!("{head}single,\"Q\nmore\",a|b,A\nsingle,\"open,a|b,A\n\n")
        ),
        (4, "csv_unclosed_quote")
    );
    assert_eq!(
        err(Format::Csv, &format!("{head}single,Hello, world,a|b,A\n")),
        (2, "csv_extra_fields")
    );
    assert_eq!(
        err(Format::Csv, &format!("{head}true_false,Q,,balki\n")),
        (2, "bad_bool")
    );
    assert_eq!(
        err(Format::Csv, &format!("{head}numeric,Q,,uch\n")),
        (2, "bad_number")
    );
    assert_eq!(
        err(Format::Csv, &format!("{head}matching,Q,a=1|b,\n")),
        (2, "csv_bad_pair")
    );
    assert_eq!(
        err(Format::Csv, &format!("{head}short,Q,a|b,a\n")),
        (2, "csv_unused_options")
    );
    assert_eq!(
        err(Format::Csv, &format!("{head}ordering,Q,a|b,A\n")),
        (2, "csv_unused_answer")
    );
    assert_eq!(
        err(Format::Csv, &format!("{head}\nfill_blanks,,,a;b\n")),
        (3, "question_blanks_mismatch")
    );
}

/// A 5th-grade mathematics test as teachers type it in Word, key block at the end.
const UZ_NUMBERED: &str = "Matematika fanidan test
5-sinf, 1-variant

1. 25 + 17 = ?
A) 32   B) 42   C) 43   D) 52
2. Eng kichik ikki xonali son qaysi?
A) 1
B) 9
C) 10
D) 11
3) 3 soatda necha daqiqa bor?
a) 60
b) 120
c) 180
d) 360
4. Toʻgʻri toʻrtburchakning boʻyi 5 sm, eni 3 sm.
Uning perimetrini toping.
A) 8 sm
B) 15 sm
C) 16 sm
D) 30 sm
5. Qaysi son 3 ga qoldiqsiz boʻlinadi?
A) 100  B) 101  C) 102  D) 104
6. Quyidagi fikrlardan qaysilari toʻgʻri?
1) har qanday juft son 2 ga boʻlinadi;
2) 1 — tub son;
3) 0 natural son emas.
A) faqat 1
B) 1 va 2
C) 1 va 3
D) 2 va 3
7. 1 kg necha grammga teng?
A. 10 g
B. 100 g
C. 1000 g
D. 10000 g
8. Oʻzbekiston mustaqilligi qaysi yilda eʼlon qilingan?
A) 1990
B) 1991
C) 1992
D) 1993
9. 0,5 + 0,25 = ?
A)0,30
B)0,55
C)0,75
D)0,8
10. 12 × 12 = ?
A) 124
B) 144
C) 142
D) 132

Javoblar:
1-B 2-C 3-C 4-C 5-C
6-C 7-C 8-B 9-C 10-B
";

#[test]
fn uz_numbered_reads_a_ten_question_test_with_a_key_block() {
    let qs = ok(Format::UzNumbered, UZ_NUMBERED);
    assert_eq!(qs.len(), 10);
    assert_eq!(
        qs[0],
        q("25 + 17 = ?", single(&["32", "42", "43", "52"], 1))
    );
    assert_eq!(
        qs[2],
        q(
            "3 soatda necha daqiqa bor?",
            single(&["60", "120", "180", "360"], 2)
        )
    );
    assert_eq!(
        qs[3].prompt,
        "Toʻgʻri toʻrtburchakning boʻyi 5 sm, eni 3 sm.\nUning perimetrini toping."
    );
    assert_eq!(qs[5].prompt, "Quyidagi fikrlardan qaysilari toʻgʻri?\n1) har qanday juft son 2 ga boʻlinadi;\n2) 1 — tub son;\n3) 0 natural son emas.");
    assert_eq!(
        qs[5].body,
        single(&["faqat 1", "1 va 2", "1 va 3", "2 va 3"], 2)
    );
    assert_eq!(qs[8].body, single(&["0,30", "0,55", "0,75", "0,8"], 2));
    let keys: Vec<usize> = qs
        .iter()
        .map(|q| {
            if let Body::Single { correct, .. } = q.body {
                correct
            } else {
                99
            }
        })
        .collect();
    assert_eq!(keys, [1, 2, 2, 2, 2, 2, 2, 1, 2, 1]);
    // The same test saved by Word on Windows, keys in another common shape.
    let crlf = UZ_NUMBERED
        .replace(
            "1-B 2-C 3-C 4-C 5-C\n6-C 7-C 8-B 9-C 10-B",
            "1)B 2)C 3)C 4)C 5)C 6)C 7)C 8)B 9)C 10)B",
        )
        .replace('\n', "\r\n");
    assert_eq!(ok(Format::UzNumbered, &crlf), qs);
    let compact = UZ_NUMBERED.replace(
        "Javoblar:\n1-B 2-C 3-C 4-C 5-C\n6-C 7-C 8-B 9-C 10-B",
        "Kalit: 1B 2C 3C 4C 5C 6C 7C 8B 9C 10B",
    );
    assert_eq!(ok(Format::UzNumbered, &compact), qs);
}

#[test]
fn uz_numbered_reads_cyrillic_letters_and_keys_after_each_question() {
    let text = "1. Сколько будет 6 × 7?\r\nА) 36\r\nБ) 42\r\nВ) 48\r\nГ) 54\r\nОтвет: Б\r\n\r\n\
                2. Какое слово пишется с мягким знаком на конце?\r\nА) ключ\r\nБ) ночь\r\nВ) мяч\r\nГ) врач\r\nПравильный ответ: Б\r\n\r\n\
                3. Столица Узбекистана — …\r\nА) Самарканд  Б) Бухара  В) Ташкент  Г) Хива\r\nОтвет: В\r\nПояснение: Ташкент — столица с 1930 года.\r\n";
    let qs = ok(Format::UzNumbered, text);
    assert_eq!(
        qs[0],
        q("Сколько будет 6 × 7?", single(&["36", "42", "48", "54"], 1))
    );
    assert_eq!(qs[1].body, single(&["ключ", "ночь", "мяч", "врач"], 1));
    assert_eq!(
        qs[2].body,
        single(&["Самарканд", "Бухара", "Ташкент", "Хива"], 2)
    );
    assert_eq!(
        qs[2].explanation.as_deref(),
        Some("Ташкент — столица с 1930 года.")
    );
    let block = "1. Сколько будет 6 × 7?\nА) 36\nБ) 42\nВ) 48\n2. 2 + 2 = ?\nА) 4\nБ) 5\n\nОтветы: 1-Б, 2-А\n";
    let qs = ok(Format::UzNumbered, block);
    assert_eq!(
        (qs[0].body.clone(), qs[1].body.clone()),
        (single(&["36", "42", "48"], 1), single(&["4", "5"], 0))
    );
}

#[test]
fn uz_numbered_takes_marked_options_and_every_way_of_writing_the_key() {
    let text = "1. 2 + 2 = ?\nA) 3\n*B) 4\nC) 5\n\
                2. 3 + 3 = ?\nA) 6\nB) 7\nTo'g'ri javob: A\n\
                3. 4 + 4 = ?\nA) 7\nB) 8\nToʻgʻri javob: B\n\
                4. Juft sonlarni belgilang.\nA) 2 B) 3 C) 4 D) 5\nJavob: A, C\n\
                5. 7 × 6 = ?\nJavob: 42\n\
                6. Oʻzbekiston poytaxti qaysi shahar?\nJavob: Toshkent\n\
                7. Yer Quyosh atrofida aylanadi.\nJavob: toʻgʻri\n";
    let qs = ok(Format::UzNumbered, text);
    assert_eq!(qs[0].body, single(&["3", "4", "5"], 1));
    assert_eq!(qs[1].body, single(&["6", "7"], 0));
    assert_eq!(qs[2].body, single(&["7", "8"], 1));
    assert_eq!(
        qs[3].body,
        Body::Multiple {
            options: s(&["2", "3", "4", "5"]),
            correct: vec![0, 2]
        }
    );
    assert_eq!(
        qs[4].body,
        Body::Numeric {
            answer: 42.0,
            tolerance: 0.0
        }
    );
    assert_eq!(
        qs[5].body,
        Body::Short {
            accepted: s(&["Toshkent"])
        }
    );
    assert_eq!(qs[6].body, Body::TrueFalse { answer: true });
}

#[test]
fn uz_numbered_errors_point_at_the_question_or_the_key() {
    let two = "1. Savol?\nA) 1\nB) 2\n2. Savol?\nA) 1\nB) 2\n";
    assert_eq!(
        err(Format::UzNumbered, &format!("{two}Javob: A\n")),
        (1, "no_key")
    );
    assert_eq!(
        err(Format::UzNumbered, &format!("{two}\nJavoblar: 1A 2B 3C\n")),
        (8, "key_unknown_question")
    );
    assert_eq!(
        err(Format::UzNumbered, &format!("{two}\n1A 2E\n")),
        (8, "bad_key")
    );
    assert_eq!(
        err(Format::UzNumbered, "1. Savol?\nA) 1\n*B) 2\nJavob: A\n"),
        (1, "key_conflict")
    );
    assert_eq!(
        err(
            Format::UzNumbered,
            "1. Savol?\nA) 1\nB) 2\nJavob: A\nNimadir\n"
        ),
        (5, "unexpected_line")
    );
    assert_eq!(
        err(Format::UzNumbered, "1. Savol?\nA) 1\nC) 2\nJavob: A\n"),
        (3, "option_order")
    );
    assert_eq!(
        err(Format::UzNumbered, "1. Savol?\nA) 1\nB) 1\nJavob: A\n"),
        (1, "question_duplicate_options")
    );
    assert_eq!(
        err(Format::UzNumbered, &format!("{two}\n1A 2B\n1B\n")),
        (9, "key_duplicate")
    );
    assert_eq!(
        err(
            Format::UzNumbered,
            "1. Savol?\nA) 1\nB) 2\n1. Savol?\nA) 3\nB) 4\n\n1A\n"
        ),
        (4, "duplicate_number")
    );
    assert_eq!(
        err(Format::UzNumbered, "Sarlavha\nFaqat matn\n"),
        (1, "no_questions")
    );
}

#[test]
fn uz_blocks_reads_single_and_multiple_choice() {
    let text = "++++\nOʻzbekistonning poytaxti qaysi shahar?\n====\n#Toshkent\n====\nSamarqand\n====\nBuxoro\n\
                ++++\nКакие числа чётные?\n====\n#2\n====\n3\n====\n#4\n++++\nWhich of these is a mammal?\n====\nShark\n====\n# Whale\n";
    let qs = ok(Format::UzBlocks, &text.replace('\n', "\r\n"));
    assert_eq!(
        qs[0],
        q(
            "Oʻzbekistonning poytaxti qaysi shahar?",
            single(&["Toshkent", "Samarqand", "Buxoro"], 0)
        )
    );
    assert_eq!(
        qs[1].body,
        Body::Multiple {
            options: s(&["2", "3", "4"]),
            correct: vec![0, 2]
        }
    );
    assert_eq!(qs[2].body, single(&["Shark", "Whale"], 1));
    assert_eq!(
        err(
            Format::UzBlocks,
            "Savol\n====\n#a\n====\nb\n++++\nSavol 2\n====\n#a\n====\na\n"
        ),
        (7, "question_duplicate_options")
    );
    assert_eq!(
        err(
            Format::UzBlocks,
            "Savol\n====\n#a\n====\nb\n++++\n\nSavol 2\n====\na\n====\nb\n"
        ),
        (8, "no_key")
    );
}

#[test]
fn every_format_refuses_empty_binary_and_oversized_files() {
    for f in Format::ALL {
        assert_eq!(err(f, ""), (1, "empty_file"), "{}", f.as_str());
        assert_eq!(
            err(f, "\u{FEFF} \r\n\t\n"),
            (1, "empty_file"),
            "{}",
            f.as_str()
        );
        assert_eq!(err(f, "a\nb\nc\0d\n"), (3, "binary"), "{}", f.as_str());
        assert_eq!(
            err(f, &"x".repeat(questions::formats::MAX_BYTES + 1)),
            (1, "too_large"),
            "{}",
            f.as_str()
        );
    }
    assert_eq!(
        err(Format::Gift, "// faqat izoh\n\n$CATEGORY: x\n"),
        (1, "no_questions")
    );
    assert_eq!(
        err(Format::Csv, "type,prompt,options,answer\n\n"),
        (1, "no_questions")
    );
}

#[test]
fn a_file_holds_at_most_five_hundred_questions() {
    let one = |i: usize| format!("{}-savol: {i} + 1 = ? {{#{}}}\n\n", i, i + 1);
    let five_hundred: String = (1..=500).map(one).collect();
    assert_eq!(ok(Format::Gift, &five_hundred).len(), 500);
    let more = format!("{five_hundred}{}", one(501));
    assert_eq!(err(Format::Gift, &more), (1001, "too_many_questions"));
}

fn every_kind() -> Vec<Question> {
    vec![
        Question {
            prompt: "7 × 8 = ?".into(),
            body: single(&["54", "56", "64"], 1),
            explanation: Some("7 × 8 = 56;\nchunki 7 × 10 − 14 = 56.".into()),
        },
        q(
            "Special characters: { } = ~ # : \\ -> % | ; \" ,",
            single(
                &[
                    "=1", "~2", "#3", "{4}", "a:b", "x -> y", "%50%", "a|b;c=d", "C:\\new",
                ],
                4,
            ),
        ),
        q(
            "// looks like a comment\n[html] and $CATEGORY: too",
            Body::Multiple {
                options: s(&["Oʻzbekiston", "Qoraqalpogʻiston", "Россия", "Ёлка"]),
                correct: vec![0, 2],
            },
        ),
        q(
            "Bir toʻgʻri javobli koʻp tanlov",
            Body::Multiple {
                options: s(&["a", "b", "c"]),
                correct: vec![2],
            },
        ),
        q(
            "Yer Quyosh atrofida aylanadi.",
            Body::TrueFalse { answer: true },
        ),
        Question {
            prompt: "Oy — sayyora.".into(),
            body: Body::TrueFalse { answer: false },
            explanation: Some("Oy — Yerning yoʻldoshi.".into()),
        },
        q(
            "Poytaxt?",
            Body::Short {
                accepted: s(&["Toshkent", "Tashkent", "T -> K", "%x"]),
            },
        ),
        q(
            "g (m/s²)?",
            Body::Numeric {
                answer: 9.80665,
                tolerance: 0.001,
            },
        ),
        q(
            "Minus?",
            Body::Numeric {
                answer: -0.1,
                tolerance: 0.0,
            },
        ),
        q(
            "Tartiblang",
            Body::Ordering {
                items: s(&["bir", "ikki", "// uch", ">toʻrt"]),
            },
        ),
        q(
            "Moslang",
            Body::Matching {
                pairs: vec![
                    ("a -> b".into(), "1".into()),
                    ("Ёж".into(), "ёжик=2".into()),
                    ("x|y".into(), "z;w".into()),
                ],
            },
        ),
        q(
            "",
            Body::FillBlanks {
                text: "___ — Oʻzbekistonning ___ hisoblanadi.".into(),
                blanks: vec![s(&["Toshkent"]), s(&["poytaxti", "bosh shahri"])],
            },
        ),
        Question {
            prompt: String::new(),
            body: Body::FillBlanks {
                text: "2 + 2 = ___, 3 + 3 = ___ edi.".into(),
                blanks: vec![s(&["4"]), s(&["6", "olti"])],
            },
            explanation: Some("Qoʻshish.".into()),
        },
    ]
}

#[test]
fn gift_export_reads_back_to_the_same_questions() {
    let qs = every_kind();
    let gift = export_gift(&qs);
    assert_eq!(ok(Format::Gift, &gift), qs, "{gift}");
    assert_eq!(ok(Format::Gift, &gift.replace('\n', "\r\n")), qs);
    assert!(
        gift.contains(
            "7 × 8 \\= ? {\n~54\n=56\n~64\n####7 × 8 \\= 56;\\nchunki 7 × 10 − 14 \\= 56.\n}"
        ),
        "{gift}"
    );
    assert!(
        gift.contains("{\n~%50%Oʻzbekiston\n~%-50%Qoraqalpogʻiston")
            && gift.contains("Yer Quyosh atrofida aylanadi. {TRUE}"),
        "{gift}"
    );
    // GIFT has no place for the instruction of a fill-in-the-blank question: it goes on the
    // line above the text, so students still see it.
    let with_prompt = Question {
        prompt: "Toʻldiring:".into(),
        body: Body::FillBlanks {
            text: "a ___ c".into(),
            blanks: vec![s(&["b"])],
        },
        explanation: None,
    };
    let back = ok(Format::Gift, &export_gift(&[with_prompt]));
    assert_eq!(
        back[0].body,
        Body::FillBlanks {
            text: "Toʻldiring:\na ___ c".into(),
            blanks: vec![s(&["b"])]
        }
    );
}

#[test]
fn csv_export_reads_back_to_the_same_questions() {
    let mut qs = every_kind();
    qs.push(Question {
        prompt: "Nuqtalar oʻrniga mos soʻzni yozing.".into(),
        body: Body::FillBlanks {
            text: "Men ___ boraman.".into(),
            blanks: vec![s(&["maktabga"])],
        },
        explanation: None,
    });
    let csv = export_csv(&qs);
    assert!(csv.starts_with("\u{FEFF}type,prompt,options,answer,explanation\r\n"));
    assert_eq!(ok(Format::Csv, &csv), qs, "{csv}");
    assert!(
        csv.contains("single,7 × 8 = ?,54|56|64,B,\"7 × 8 = 56;\nchunki 7 × 10 − 14 = 56.\"\r\n"),
        "{csv}"
    );
}

#[test]
fn imports_survive_export_in_the_other_format() {
    for (format, text) in [
        (Format::Gift, GIFT_UZ),
        (Format::Csv, CSV_EN),
        (Format::UzNumbered, UZ_NUMBERED),
    ] {
        let qs = ok(format, text);
        assert_eq!(
            ok(Format::Gift, &export_gift(&qs)),
            qs,
            "{} via GIFT",
            format.as_str()
        );
        assert_eq!(
            ok(Format::Csv, &export_csv(&qs)),
            qs,
            "{} via CSV",
            format.as_str()
        );
    }
}

/// The import messages of one language (the formats' file and the import additions').
fn ftl(lang: &str) -> String {
    ["exams-formats.ftl", "exams-holes.ftl"]
        .iter()
        .map(|file| {
            let path = format!("{}/../../locales/{lang}/{file}", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_import_error_has_a_message_in_three_languages() {
    let problems = [
        questions::check::Problem::EmptyPrompt,
        questions::check::Problem::PromptTooLong,
        questions::check::Problem::TooFewOptions,
        questions::check::Problem::TooManyOptions,
        questions::check::Problem::EmptyOption,
        questions::check::Problem::OptionTooLong,
        questions::check::Problem::DuplicateOptions,
        questions::check::Problem::KeyOutOfRange,
        questions::check::Problem::NoKey,
        questions::check::Problem::AllKeys,
        questions::check::Problem::NoAcceptedAnswer,
        questions::check::Problem::BadNumber,
        questions::check::Problem::TooFewItems,
        questions::check::Problem::BlanksMismatch,
    ];
    for p in problems {
        assert!(
            CODES.iter().any(|(code, _)| *code == problem_code(p)),
            "{p:?}"
        );
    }
    for lang in ["uz", "ru", "en"] {
        let text = ftl(lang);
        for &(code, key) in CODES.iter().chain(&[("invalid", "exams-import-invalid")]) {
            assert_eq!(ImportError::new(1, code).message_key(), key);
            assert!(
                text.lines().any(|l| l.starts_with(&format!("{key} = "))),
                "{lang}: {key}"
            );
        }
        for f in Format::ALL {
            assert!(
                text.contains(&format!("exams-format-{} = ", f.as_str())),
                "{lang}: {}",
                f.as_str()
            );
        }
    }
    let uz = ftl("uz");
    assert!(!uz.contains(['\'', '‘', '’']), "Uzbek uses ʻ and ʼ");
}

const NOISE: &[&str] = &[
    "{",
    "}",
    "#",
    "=",
    "~",
    ":",
    "::",
    "%",
    "->",
    "|",
    ";",
    ",",
    "\"",
    "\\",
    "*",
    "+",
    "++++",
    "====",
    "___",
    "A)",
    "Б)",
    "1.",
    "12)",
    "ANSWER: ",
    "Javob: ",
    "Javoblar:",
    "5",
    "-3.5",
    "..",
    "\0",
    "\r",
    "\t",
    "ʻ",
    "ʼ",
    "'",
    "‘",
    "’",
    "ё",
    "\u{FEFF}",
    "\u{200B}",
    "😀",
    "$CATEGORY:",
    "//",
    "[html]",
    "<p>",
    "&amp;",
    "\n",
    "\n\n",
];

/// A random change to a sample: lines deleted, duplicated or swapped, noise inserted, very long
/// lines, cuts, or all line endings turned into CRLF.
fn mutate(rng: &mut StdRng, text: &str) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    for _ in 0..rng.gen_range(1..=4) {
        let n = lines.len().max(1);
        let at = rng.gen_range(0..n).min(lines.len().saturating_sub(1));
        match rng.gen_range(0..10) {
            0 if lines.len() > 1 => {
                lines.remove(at);
            }
            1 => {
                let line = lines.get(at).cloned().unwrap_or_default();
                lines.insert(at, line);
            }
            2 => {
                let other = rng.gen_range(0..n).min(lines.len().saturating_sub(1));
                lines.swap(at, other);
            }
            3..=5 => {
                if let Some(line) = lines.get_mut(at) {
                    let cut = line
                        .char_indices()
                        .map(|(i, _)| i)
                        .nth(rng.gen_range(0..=line.chars().count()))
                        .unwrap_or(line.len());
                    line.insert_str(cut, NOISE[rng.gen_range(0..NOISE.len())]);
                }
            }
            6 if rng.gen_bool(0.2) => {
                let piece = NOISE[rng.gen_range(0..NOISE.len())];
                lines.insert(at, piece.repeat(rng.gen_range(1_000..40_000)));
            }
            7 => {
                let c = char::from_u32(rng.gen_range(0..0x3000)).unwrap_or('?');
                lines.insert(at, std::iter::repeat_n(c, rng.gen_range(1..50)).collect());
            }
            8 => lines.truncate(at + 1),
            _ => {
                if let Some(line) = lines.get_mut(at) {
                    line.clear();
                }
            }
        }
    }
    let text = lines.join("\n");
    if rng.gen_bool(0.1) {
        text.replace('\n', "\r\n")
    } else {
        text
    }
}

fn byte_soup(rng: &mut StdRng) -> String {
    let len = rng.gen_range(0..2_000);
    let special = b"{}#=~:%|;,\"\n\r\\*+ABC1.)";
    let bytes: Vec<u8> = (0..len)
        .map(|_| {
            if rng.gen_bool(0.3) {
                special[rng.gen_range(0..special.len())]
            } else {
                rng.gen()
            }
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Whether the file imported; either way, what came back must be sound.
fn assert_sane(format: Format, text: &str) -> bool {
    match import(format, text) {
        Ok(qs) => {
            assert!(!qs.is_empty() && qs.len() <= 500);
            for q in &qs {
                assert_eq!(
                    check(q),
                    Ok(()),
                    "{} produced a bad question from {text:?}",
                    format.as_str()
                );
            }
            true
        }
        Err(e) => {
            let lines = text.lines().count();
            assert!(
                e.line >= 1 && e.line <= lines + 1,
                "{}: line {} of {lines} for {text:?}",
                format.as_str(),
                e.line
            );
            assert_ne!(
                e.message_key(),
                "exams-import-invalid",
                "{}: unknown code {}",
                format.as_str(),
                e.code
            );
            false
        }
    }
}

#[test]
fn random_mutations_and_byte_soup_never_panic_and_report_a_real_line() {
    let aiken = "What is 2 + 2?\nA. 3\nB. 4\nC. 5\nANSWER: B\n\nСтолица?\nA) Москва\nB) Казань\nANSWER: A\n";
    let blocks = "++++\nPoytaxt?\n====\n#Toshkent\n====\nBuxoro\n++++\nJuft sonlar\n====\n#2\n====\n3\n====\n#4\n";
    let gift_more = export_gift(&every_kind());
    let csv_more = export_csv(&every_kind());
    let samples: [(Format, Vec<&str>); 5] = [
        (Format::Gift, vec![GIFT_UZ, &gift_more]),
        (Format::Aiken, vec![aiken]),
        (Format::Csv, vec![CSV_EN, &csv_more]),
        (Format::UzNumbered, vec![UZ_NUMBERED]),
        (Format::UzBlocks, vec![blocks]),
    ];
    for (seed, (format, texts)) in samples.iter().enumerate() {
        let mut rng = StdRng::seed_from_u64(2026 + seed as u64);
        let (mut accepted, mut refused) = (0, 0);
        for case in 0..2_200 {
            let text = if case % 10 == 9 {
                byte_soup(&mut rng)
            } else {
                mutate(&mut rng, texts[case % texts.len()])
            };
            if assert_sane(*format, &text) {
                accepted += 1;
            } else {
                refused += 1;
            }
        }
        println!(
            "{}: {accepted} mutated files imported, {refused} refused",
            format.as_str()
        );
        assert!(
            accepted > 0 && refused > 0,
            "{}: the mutations should both keep and break files",
            format.as_str()
        );
    }
}

#[test]
fn times_an_import_of_five_hundred_gift_questions() {
    let kinds = every_kind();
    let questions: Vec<Question> = (0..500)
        .map(|i| {
            let mut q = kinds[i % kinds.len()].clone();
            q.prompt = format!("{}-savol. {}", i + 1, q.prompt);
            q
        })
        .collect();
    let text = export_gift(&questions);
    let started = Instant::now();
    let back = ok(Format::Gift, &text);
    let elapsed = started.elapsed();
    assert_eq!(back.len(), 500);
    println!(
        "GIFT import: 500 questions, {} KB, in {:.1} ms",
        text.len() / 1024,
        elapsed.as_secs_f64() * 1000.0
    );
}

#[test]
fn the_examples_in_the_documentation_import() {
    let path = format!("{}/../../docs/exams-formats.md", env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut seen = Vec::new();
    for section in doc.split("\n## ").skip(1) {
        let heading = section.lines().next().unwrap_or("");
        let Some(format) = heading.split('`').nth(1).and_then(Format::parse) else {
            continue;
        };
        let example = section
            .split("```")
            .nth(1)
            .expect("an example")
            .trim_start_matches('\n');
        let qs = ok(format, example);
        assert!(qs.len() >= 2, "{}", format.as_str());
        seen.push(format);
    }
    assert_eq!(seen, Format::ALL);
}
