//! Uzbek (Latin) words of the steps: oʻ and gʻ with U+02BB, the tutuq belgisi with U+02BC.

use super::{place, Ask, Msg, Reason};

const PLACES: [&str; super::PLACES] = [
    "Birlar",
    "Oʻnlar",
    "Yuzlar",
    "Minglar",
    "Oʻn minglar",
    "Yuz minglar",
    "Millionlar",
    "Oʻn millionlar",
    "Yuz millionlar",
    "Milliardlar",
    "Oʻn milliardlar",
    "Yuz milliardlar",
    "Trillionlar",
];

/// One unit of a place, as borrowed: "bir oʻnlik olamiz".
const UNITS: [&str; super::PLACES] = [
    "birlik",
    "oʻnlik",
    "yuzlik",
    "minglik",
    "oʻn minglik",
    "yuz minglik",
    "millionlik",
    "oʻn millionlik",
    "yuz millionlik",
    "milliardlik",
    "oʻn milliardlik",
    "yuz milliardlik",
    "trillionlik",
];

fn name(i: usize) -> &'static str {
    PLACES[place(i)]
}

/// The separator's name: "vergul" or "nuqta".
fn sep(sep: char) -> &'static str {
    if sep == ',' {
        "vergul"
    } else {
        "nuqta"
    }
}

/// The same with a capital letter.
fn sep_cap(s: char) -> &'static str {
    if s == ',' {
        "Vergul"
    } else {
        "Nuqta"
    }
}

fn reason(r: Reason) -> &'static str {
    match r {
        Reason::Brackets => "Avval qavs ichidagi amal bajariladi",
        Reason::BracketsMulFirst => "Qavs ichida avval koʻpaytirish va boʻlish bajariladi",
        Reason::MulFirst => "Koʻpaytirish va boʻlish qoʻshish va ayirishdan oldin bajariladi",
        Reason::LeftToRight => "Endi chapdan oʻngga tartib bilan",
        Reason::Last => "Oxirgi amal",
    }
}

fn sub_column(place: usize, top: u32, bottom: u32, borrow: (bool, bool), result: u32) -> String {
    let p = name(place);
    let unit = UNITS[super::place(place + 1)];
    match borrow {
        (false, false) => format!("{p}: {top} − {bottom} = {result}."),
        (false, true) => format!(
            "{p}: {top} dan {bottom} ni ayirib boʻlmaydi, shuning uchun bir {unit} olamiz: {} − {bottom} = {result}.",
            top + 10
        ),
        (true, false) => format!(
            "{p}: bu xonadan 1 olgan edik, {} qoldi. {} − {bottom} = {result}.",
            top - 1,
            top - 1
        ),
        (true, true) if top == 0 => format!(
            "{p}: bu yerda 0, undan esa 1 olgan edik, shuning uchun bir {unit} olamiz: 10 − 1 = 9. 9 − {bottom} = {result}."
        ),
        (true, true) => format!(
            "{p}: bu xonadan 1 olgan edik, {} qoldi. {} dan {bottom} ni ayirib boʻlmaydi, shuning uchun bir {unit} olamiz: {} − {bottom} = {result}.",
            top - 1,
            top - 1,
            top + 9
        ),
    }
}

/// The words of a message.
pub(super) fn say(m: &Msg) -> String {
    match m {
        Msg::LineUp => "Sonlarni ustma-ust yozamiz: birlar birlar ostida, oʻnlar oʻnlar ostida.".into(),
        Msg::Column { place, expr, value, carry: Some((w, c)) } => format!(
            "{}: {expr} = {value}. {w} ni yozamiz, {c} ni eslab qolamiz.",
            name(*place)
        ),
        Msg::Column { place, expr, value, carry: None } => {
            format!("{}: {expr} = {value}. {value} ni yozamiz.", name(*place))
        }
        Msg::SubColumn { place, top, bottom, borrow_in, borrow_out, result } => {
            sub_column(*place, *top, *bottom, (*borrow_in, *borrow_out), *result)
        }
        Msg::NegativeResult { a, b } => format!(
            "{b} soni {a} dan katta, shuning uchun javob noldan kichik boʻladi. {b} dan {a} ni ayiramiz va oldiga minus qoʻyamiz."
        ),
        Msg::SwapFactors { a, b } => {
            format!("Raqamlari koʻp sonni tepaga yozamiz: {a} × {b} = {b} × {a}.")
        }
        Msg::PartialProduct { place: 0, a, digit, product, .. } => {
            format!("Birlarga koʻpaytiramiz: {a} × {digit} = {product}.")
        }
        Msg::PartialProduct { place, a, digit, product, times, shifted } => format!(
            "{}ga koʻpaytiramiz: {a} × {digit} = {product}, demak {a} × {times} = {shifted}.",
            name(*place)
        ),
        Msg::AddRows { expr } => format!("Chiqqan qatorlarni qoʻshamiz: {expr}."),
        Msg::DivZero => "0 ni istalgan songa boʻlsak, 0 chiqadi.".into(),
        Msg::DivSmaller { a, b } => {
            format!("{a} soni {b} dan kichik, shuning uchun boʻlinma 0, qoldiq esa {a}.")
        }
        Msg::FirstPart { part, .. } => format!("Birinchi toʻliqsiz boʻlinuvchi — {part}."),
        Msg::DivFit { part, b, q, prod, next_q, next } => format!(
            "{part} ni {b} ga boʻlamiz: {q} chiqadi, chunki {q} × {b} = {prod}, {next_q} × {b} = {next} esa {part} dan katta. Boʻlinmaga {q} ni yozamiz."
        ),
        Msg::DivNoFit { part, b } => {
            format!("{part} soni {b} dan kichik, shuning uchun boʻlinmaga 0 yozamiz.")
        }
        Msg::MulSub { q, b, prod, part, rest } => {
            format!("{q} × {b} = {prod}. Ayiramiz: {part} − {prod} = {rest}.")
        }
        Msg::BringDown { digit, part } => {
            format!("Keyingi raqam {digit} ni tushiramiz: {part} hosil boʻldi.")
        }
        Msg::Remainder { r, .. } if r == "0" => {
            "Boshqa raqam qolmadi, qoldiq 0: qoldiqsiz boʻlindi.".into()
        }
        Msg::Remainder { r, b } => format!("Boshqa raqam qolmadi. Qoldiq {r}, u {b} dan kichik."),
        Msg::Answer { problem, answer, rem: Some(r) } => {
            format!("Demak, {problem} = {answer} (qoldiq {r}).")
        }
        Msg::Answer { problem, answer, rem: None } => format!("Demak, {problem} = {answer}."),
        Msg::Eval { reason: r, expr, value, fraction } => {
            let note = if *fraction {
                " Bu butun son emas, shuning uchun uni kasr koʻrinishida yozamiz."
            } else {
                ""
            };
            format!("{}: {expr} = {value}.{note}", reason(*r))
        }
        Msg::ToMixed { frac, n, d, q, r, mixed } => {
            format!("{n} : {d} = {q} (qoldiq {r}), demak {frac} = {mixed}.")
        }
        Msg::DigitCount { a, b, na, nb, sign: Some(s) } => format!(
            "{a} — {na} xonali son, {b} esa {nb} xonali son. Xonasi koʻp son katta boʻladi: {a} {s} {b}."
        ),
        Msg::DigitCount { na, .. } => format!(
            "Ikkala son ham {na} xonali. Yuqori xonadan boshlab xonama-xona solishtiramiz."
        ),
        Msg::ComparePlace { place, da, db, decided: None } => format!(
            "{}: {da} va {db} bir xil, keyingi xonaga oʻtamiz.",
            name(*place)
        ),
        Msg::ComparePlace { place, da, db, decided: Some((a, s, b)) } => {
            format!("{}: {da} {s} {db}, demak {a} {s} {b}.", name(*place))
        }
        Msg::AllSame { a, b } => format!("Barcha xonalar bir xil, demak {a} = {b}."),
        Msg::CommonDen { den, pairs } => {
            format!("Kasrlarni umumiy maxraj {den} ga keltiramiz: {pairs}.")
        }
        Msg::CompareNumerators { x, y, sign, a, b } => format!(
            "Maxrajlar bir xil, suratlarni solishtiramiz: {x} {sign} {y}, demak {a} {sign} {b}."
        ),
        Msg::LineUpPlaces { a, b, sep: s } => format!(
            "{}dan keyingi raqamlar sonini tenglashtiramiz: {a} va {b}.",
            sep_cap(*s)
        ),
        Msg::CompareWhole { x, y, sign, a, b, sep: s } => format!(
            "Endi {}siz solishtiramiz: {x} {sign} {y}, demak {a} {sign} {b}.",
            sep(*s)
        ),
        Msg::ToImproper { mixed, w, d, n, top, frac } => format!(
            "Aralash sonni kasrga aylantiramiz: {w} × {d} + {n} = {top}, demak {mixed} = {frac}."
        ),
        Msg::WholeAsFraction { n } => {
            format!("Butun sonni maxraji 1 boʻlgan kasr qilib yozamiz: {n} = {n}/1.")
        }
        Msg::Numerators { plus: true, x, y, r, frac } => format!(
            "Suratlarni qoʻshamiz, maxraj oʻzgarmaydi: {x} + {y} = {r}, natija {frac}."
        ),
        Msg::Numerators { plus: false, x, y, r, frac } => format!(
            "Suratlarni ayiramiz, maxraj oʻzgarmaydi: {x} − {y} = {r}, natija {frac}."
        ),
        Msg::MultiplyFractions { an, bn, rn, ad, bd, rd } => format!(
            "Suratlarni koʻpaytiramiz: {an} × {bn} = {rn}, maxrajlarni ham: {ad} × {bd} = {rd}. Natija {rn}/{rd}."
        ),
        Msg::Reciprocal { b, flipped } => {
            format!("{b} ga boʻlish oʻrniga unga teskari kasr {flipped} ga koʻpaytiramiz.")
        }
        Msg::Simplify { n, d, g, result } => {
            format!("{n} ham, {d} ham {g} ga boʻlinadi: {n}/{d} = {result}.")
        }
        Msg::AlreadySimple { frac, n, d } => format!(
            "{frac} ni qisqartirib boʻlmaydi: {n} va {d} ning 1 dan boshqa umumiy boʻluvchisi yoʻq."
        ),
        Msg::LineUpPoints { a, b, sep: s } => {
            let s = sep(*s);
            format!("Sonlarni {s} {s} ostida boʻladigan qilib yozamiz: {a} va {b}.")
        }
        Msg::AsWhole { op, x, y, r, sep: s, pad } => {
            let pad = pad
                .as_ref()
                .map(|(from, to)| format!("{from} ni {to} deb yozamiz. "))
                .unwrap_or_default();
            let how = match op {
                '+' => "Butun sonlar kabi qoʻshamiz".to_string(),
                '−' => "Butun sonlar kabi ayiramiz".to_string(),
                '×' => format!("{}larga eʼtibor bermay koʻpaytiramiz", sep_cap(*s)),
                _ => format!("{}ga eʼtibor bermay boʻlamiz", sep_cap(*s)),
            };
            format!("{pad}{how}: {x} {op} {y} = {r}.")
        }
        Msg::PlacePoint { k, raw, result, sep: s } => {
            let tail = if raw == result { String::new() } else { format!(" Bu {result} ga teng.") };
            format!("Oʻngdan {k} ta raqamni {} bilan ajratamiz: {raw}.{tail}", sep(*s))
        }
        Msg::MoveBothPoints { a, b, sep: s } => format!(
            "Boʻluvchi butun son boʻlishi uchun ikkala sonda ham {}ni bir xil xonaga oʻngga suramiz: {a} : {b}.",
            sep(*s)
        ),
        Msg::PercentFraction { p } => format!("{p}% — bu 100 dan {p} degani: {p}/100."),
        Msg::OnePercent { n, one } => format!("1% ni topamiz: {n} : 100 = {one}."),
        Msg::TimesPercent { one, p, r } => format!("Endi {p} ga koʻpaytiramiz: {one} × {p} = {r}."),
        Msg::MulFirst { n, p, prod } => format!("{n} ni {p} ga koʻpaytiramiz: {n} × {p} = {prod}."),
        Msg::DivHundred { prod, r } => format!("Endi 100 ga boʻlamiz: {prod} : 100 = {r}."),
        Msg::UnitConvert { v, from, to, f, down: true, .. } if v == "1" => {
            format!("1 {from} = {f} {to}.")
        }
        Msg::UnitConvert { v, from, to, f, res, down: true } => {
            format!("1 {from} = {f} {to}, demak {v} {from} = {v} × {f} = {res} {to}.")
        }
        Msg::UnitConvert { v, from, to, f, res, down: false } => {
            format!("1 {to} = {f} {from}, demak {v} {from} = {v} : {f} = {res} {to}.")
        }
        Msg::AddParts { expr } => format!("Qoʻshamiz: {expr}."),
        Msg::QuantityOp { plus: true, expr } => format!("Endi qoʻshamiz: {expr}."),
        Msg::QuantityOp { plus: false, expr } => format!("Endi ayiramiz: {expr}."),
        Msg::Regroup { total, unit, big, f, q, rest, result } => format!(
            "1 {big} = {f} {unit}. {total} : {f} = {q} (qoldiq {rest}), demak {total} {unit} = {result}."
        ),
        Msg::SimplifySide { expr, value } => format!("Avval hisoblaymiz: {expr} = {value}."),
        Msg::CollectTerms { eq } => format!("Oʻxshash hadlarni jamlaymiz: {eq}."),
        Msg::BothSides { op: '+', amount, eq } => {
            format!("Ikkala tomonga {amount} ni qoʻshamiz: {eq}.")
        }
        Msg::BothSides { op: '−', amount, eq } => {
            format!("Ikkala tomondan {amount} ni ayiramiz: {eq}.")
        }
        Msg::BothSides { op: '×', amount, eq } => {
            format!("Ikkala tomonni {amount} ga koʻpaytiramiz: {eq}.")
        }
        Msg::BothSides { amount, eq, .. } => format!("Ikkala tomonni {amount} ga boʻlamiz: {eq}."),
        Msg::SwapSides { eq } => format!("Tomonlarni almashtirib yozamiz: {eq}."),
        Msg::Check { x, lhs, rhs: None, value } => {
            format!("Tekshiramiz: x oʻrniga {x} ni qoʻyamiz: {lhs} = {value}. Toʻgʻri!")
        }
        Msg::Check { x, lhs, rhs: Some(rhs), value } => format!(
            "Tekshiramiz: x oʻrniga {x} ni qoʻyamiz: {lhs} = {value} va {rhs} = {value}. Toʻgʻri!"
        ),
    }
}

/// The words of a question.
pub(super) fn ask(q: &Ask) -> String {
    match q {
        Ask::Compute(e) => format!("{e} nechaga teng?"),
        Ask::Fits { part, b } => format!("{part} da {b} necha marta bor?"),
        Ask::Sign { a, b } => format!("{a} va {b} orasiga qaysi belgi qoʻyiladi: <, > yoki =?"),
        Ask::Lcd { a, b } => format!("{a} va {b} ning eng kichik umumiy karralisi nechaga teng?"),
        Ask::Gcd { n, d } => format!("{n} va {d} ning eng katta umumiy boʻluvchisi nechaga teng?"),
        Ask::Improper(m) => format!("{m} ni notoʻgʻri kasr koʻrinishida yozing."),
        Ask::Mixed(f) => format!("{f} ni aralash son koʻrinishida yozing."),
        Ask::Convert { q, unit } => format!("{q} da necha {unit} bor?"),
        Ask::WholeUnits { total, big } => format!("{total} da nechta butun {big} bor?"),
    }
}
