//! English words of the steps.

use super::{place, Ask, Msg, Reason};

const PLACES: [&str; super::PLACES] = [
    "Ones",
    "Tens",
    "Hundreds",
    "Thousands",
    "Ten thousands",
    "Hundred thousands",
    "Millions",
    "Ten millions",
    "Hundred millions",
    "Billions",
    "Ten billions",
    "Hundred billions",
    "Trillions",
];

/// One unit of a place, as borrowed: "1 ten", "1 hundred".
const UNITS: [&str; super::PLACES] = [
    "one",
    "ten",
    "hundred",
    "thousand",
    "ten thousand",
    "hundred thousand",
    "million",
    "ten million",
    "hundred million",
    "billion",
    "ten billion",
    "hundred billion",
    "trillion",
];

fn name(i: usize) -> &'static str {
    PLACES[place(i)]
}

fn lower(i: usize) -> String {
    name(i).to_lowercase()
}

fn op_word(op: char) -> &'static str {
    match op {
        '+' => "add",
        '−' => "subtract",
        '×' => "multiply",
        _ => "divide",
    }
}

fn reason(r: Reason) -> &'static str {
    match r {
        Reason::Brackets => "Brackets first",
        Reason::BracketsMulFirst => "Inside the brackets, multiply and divide first",
        Reason::MulFirst => "Multiply and divide before adding and subtracting",
        Reason::LeftToRight => "Now from left to right",
        Reason::Last => "Last operation",
    }
}

/// The words of a message.
pub(super) fn say(m: &Msg) -> String {
    match m {
        Msg::LineUp => "Write the numbers one under the other: ones under ones, tens under tens.".into(),
        Msg::Column { place, expr, value, carry: Some((w, c)) } => format!(
            "{}: {expr} = {value}. Write {w}, carry {c} to the {}.",
            name(*place),
            lower(place + 1)
        ),
        Msg::Column { place, expr, value, carry: None } => {
            format!("{}: {expr} = {value}. Write {value}.", name(*place))
        }
        Msg::SubColumn { place, top, bottom, borrow_in, borrow_out, result } => {
            let p = name(*place);
            let unit = UNITS[super::place(place + 1)];
            match (borrow_in, borrow_out) {
                (false, false) => format!("{p}: {top} − {bottom} = {result}."),
                (false, true) => format!(
                    "{p}: {top} is less than {bottom}, so we borrow 1 {unit}: {} − {bottom} = {result}.",
                    top + 10
                ),
                (true, false) => format!(
                    "{p}: we took 1 from here, so {top} becomes {}. {} − {bottom} = {result}.",
                    top - 1,
                    top - 1
                ),
                (true, true) if *top == 0 => format!(
                    "{p}: here is 0 and we took 1 from it, so we borrow 1 {unit}: 10 − 1 = 9. 9 − {bottom} = {result}."
                ),
                (true, true) => format!(
                    "{p}: we took 1 from here, so {top} becomes {}. It is less than {bottom}, so we borrow 1 {unit}: {} − {bottom} = {result}.",
                    top - 1,
                    top + 9
                ),
            }
        }
        Msg::NegativeResult { a, b } => format!(
            "{b} is bigger than {a}, so the answer is less than zero. We subtract {a} from {b} and put a minus in front."
        ),
        Msg::SwapFactors { a, b } => {
            format!("Put the longer number on top: {a} × {b} = {b} × {a}.")
        }
        Msg::PartialProduct { place: 0, a, digit, product, .. } => {
            format!("{}: {a} × {digit} = {product}.", name(0))
        }
        Msg::PartialProduct { place, a, digit, product, times, shifted } => format!(
            "{}: {a} × {digit} = {product}, so {a} × {times} = {shifted}.",
            name(*place)
        ),
        Msg::AddRows { expr } => format!("Add the rows: {expr}."),
        Msg::DivZero => "0 divided by any number is 0.".into(),
        Msg::DivSmaller { a, b } => {
            format!("{a} is less than {b}, so the answer is 0 with remainder {a}.")
        }
        Msg::FirstPart { part, b } => {
            format!("Start with {part}: it is the first part of the number that {b} fits into.")
        }
        Msg::DivFit { part, b, q, prod, next_q, next } => format!(
            "{part} ÷ {b} gives {q}: {q} × {b} = {prod}, and {next_q} × {b} = {next} is too much. Write {q} in the answer."
        ),
        Msg::DivNoFit { part, b } => {
            format!("{part} is less than {b}, so write 0 in the answer.")
        }
        Msg::MulSub { q, b, prod, part, rest } => {
            format!("{q} × {b} = {prod}. {part} − {prod} = {rest}.")
        }
        Msg::BringDown { digit, part } => {
            format!("Bring down the next digit, {digit}: now we have {part}.")
        }
        Msg::Remainder { r, .. } if r == "0" => {
            "No digits are left and nothing remains: it divides exactly.".into()
        }
        Msg::Remainder { r, b } => {
            format!("No digits are left. The remainder is {r}, which is less than {b}.")
        }
        Msg::Answer { problem, answer, rem: Some(r) } => {
            format!("So {problem} = {answer} remainder {r}.")
        }
        Msg::Answer { problem, answer, rem: None } => format!("So {problem} = {answer}."),
        Msg::Eval { reason: r, expr, value, fraction } => {
            let note = if *fraction {
                " It is not a whole number, so we keep it as a fraction."
            } else {
                ""
            };
            format!("{}: {expr} = {value}.{note}", reason(*r))
        }
        Msg::ToMixed { frac, n, d, q, r, mixed } => {
            format!("{n} ÷ {d} = {q} remainder {r}, so {frac} = {mixed}.")
        }
        Msg::DigitCount { a, b, na, nb, sign: Some(s) } => format!(
            "{a} is a {na}-digit number and {b} is a {nb}-digit number. More digits means a bigger number: {a} {s} {b}."
        ),
        Msg::DigitCount { na, .. } => {
            format!("Both are {na}-digit numbers. Compare them place by place, starting from the left.")
        }
        Msg::ComparePlace { place, da, db, decided: None } => format!(
            "{}: {da} and {db} are the same, so look at the next place.",
            name(*place)
        ),
        Msg::ComparePlace { place, da, db, decided: Some((a, s, b)) } => {
            format!("{}: {da} {s} {db}, so {a} {s} {b}.", name(*place))
        }
        Msg::AllSame { a, b } => format!("All places are the same, so {a} = {b}."),
        Msg::CommonDen { den, pairs } => {
            format!("Use the common denominator {den}: {pairs}.")
        }
        Msg::CompareNumerators { x, y, sign, a, b } => format!(
            "The denominators are the same, so compare the numerators: {x} {sign} {y}, so {a} {sign} {b}."
        ),
        Msg::LineUpPlaces { a, b, .. } => format!(
            "Give both numbers the same number of digits after the point: {a} and {b}."
        ),
        Msg::CompareWhole { x, y, sign, a, b, .. } => format!(
            "Now compare them without the point: {x} {sign} {y}, so {a} {sign} {b}."
        ),
        Msg::ToImproper { mixed, w, d, n, top, frac } => format!(
            "Turn the mixed number into a fraction: {w} × {d} + {n} = {top}, so {mixed} = {frac}."
        ),
        Msg::WholeAsFraction { n } => {
            format!("A whole number is a fraction with denominator 1: {n} = {n}/1.")
        }
        Msg::Numerators { plus, x, y, r, frac } => {
            let (verb, sign) = if *plus { ("Add", '+') } else { ("Subtract", '−') };
            format!("{verb} the numerators, the denominator stays the same: {x} {sign} {y} = {r}, so we get {frac}.")
        }
        Msg::MultiplyFractions { an, bn, rn, ad, bd, rd } => format!(
            "Multiply the numerators: {an} × {bn} = {rn}, and the denominators: {ad} × {bd} = {rd}. We get {rn}/{rd}."
        ),
        Msg::Reciprocal { b, flipped } => {
            format!("Instead of dividing by {b}, multiply by the flipped fraction {flipped}.")
        }
        Msg::Simplify { n, d, g, result } => {
            format!("Both {n} and {d} divide by {g}: {n}/{d} = {result}.")
        }
        Msg::AlreadySimple { frac, n, d } => format!(
            "{frac} cannot be simplified: {n} and {d} have no common divisor except 1."
        ),
        Msg::LineUpPoints { a, b, .. } => {
            format!("Write the numbers with the points lined up: {a} and {b}.")
        }
        Msg::AsWhole { op, x, y, r, pad, .. } => {
            let pad = pad
                .as_ref()
                .map(|(from, to)| format!("Write {from} as {to}. "))
                .unwrap_or_default();
            format!("{pad}Now {} as if there were no point: {x} {op} {y} = {r}.", op_word(*op))
        }
        Msg::PlacePoint { k, raw, result, .. } if raw == result => {
            format!("Put the point back: count {k} from the right: {raw}.")
        }
        Msg::PlacePoint { k, raw, result, .. } => {
            format!("Put the point back: count {k} from the right: {raw}. That is {result}.")
        }
        Msg::MoveBothPoints { a, b, .. } => format!(
            "Move the point right by the same number of places in both numbers, so the divisor is whole: {a} ÷ {b}."
        ),
        Msg::PercentFraction { p } => format!("{p}% means {p} out of 100: {p}/100."),
        Msg::OnePercent { n, one } => format!("Find 1%: {n} ÷ 100 = {one}."),
        Msg::TimesPercent { one, p, r } => format!("Then multiply by {p}: {one} × {p} = {r}."),
        Msg::MulFirst { n, p, prod } => format!("Multiply {n} by {p}: {n} × {p} = {prod}."),
        Msg::DivHundred { prod, r } => format!("Now divide by 100: {prod} ÷ 100 = {r}."),
        Msg::UnitConvert { v, from, to, f, down: true, .. } if v == "1" => {
            format!("1 {from} = {f} {to}.")
        }
        Msg::UnitConvert { v, from, to, f, res, down: true } => {
            format!("1 {from} = {f} {to}, so {v} {from} = {v} × {f} = {res} {to}.")
        }
        Msg::UnitConvert { v, from, to, f, res, down: false } => {
            format!("1 {to} = {f} {from}, so {v} {from} = {v} ÷ {f} = {res} {to}.")
        }
        Msg::AddParts { expr } => format!("Add them up: {expr}."),
        Msg::QuantityOp { plus: true, expr } => format!("Now add: {expr}."),
        Msg::QuantityOp { plus: false, expr } => format!("Now subtract: {expr}."),
        Msg::Regroup { total, unit, big, f, q, rest, result } => format!(
            "1 {big} = {f} {unit}. {total} ÷ {f} = {q} remainder {rest}, so {total} {unit} = {result}."
        ),
        Msg::SimplifySide { expr, value } => format!("First work out {expr} = {value}."),
        Msg::CollectTerms { eq } => format!("Collect the x terms and the numbers: {eq}."),
        Msg::BothSides { op: '+', amount, eq } => format!("Add {amount} to both sides: {eq}."),
        Msg::BothSides { op: '−', amount, eq } => {
            format!("Subtract {amount} from both sides: {eq}.")
        }
        Msg::BothSides { op: '×', amount, eq } => {
            format!("Multiply both sides by {amount}: {eq}.")
        }
        Msg::BothSides { amount, eq, .. } => format!("Divide both sides by {amount}: {eq}."),
        Msg::SwapSides { eq } => format!("Swap the sides: {eq}."),
        Msg::Check { x, lhs, rhs: None, value } => {
            format!("Check: put {x} in place of x: {lhs} = {value}. Correct!")
        }
        Msg::Check { x, lhs, rhs: Some(rhs), value } => format!(
            "Check: put {x} in place of x: {lhs} = {value} and {rhs} = {value}. Correct!"
        ),
    }
}

/// The words of a question.
pub(super) fn ask(q: &Ask) -> String {
    match q {
        Ask::Compute(e) => format!("How much is {e}?"),
        Ask::Fits { part, b } => format!("How many {b}s are in {part}?"),
        Ask::Sign { a, b } => format!("Which sign goes between {a} and {b}: <, > or =?"),
        Ask::Lcd { a, b } => format!("What is the least common multiple of {a} and {b}?"),
        Ask::Gcd { n, d } => format!("What is the biggest number that divides both {n} and {d}?"),
        Ask::Improper(m) => format!("Write {m} as a fraction."),
        Ask::Mixed(f) => format!("Write {f} as a mixed number."),
        Ask::Convert { q, unit } => format!("How many {unit} are in {q}?"),
        Ask::WholeUnits { total, big } => format!("How many whole {big} are in {total}?"),
    }
}
