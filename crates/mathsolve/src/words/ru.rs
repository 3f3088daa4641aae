//! Russian words of the steps; numbers never stand before a noun that would have to agree.

use super::{place, Ask, Msg, Reason};

const PLACES: [&str; super::PLACES] = [
    "Единицы",
    "Десятки",
    "Сотни",
    "Тысячи",
    "Десятки тысяч",
    "Сотни тысяч",
    "Миллионы",
    "Десятки миллионов",
    "Сотни миллионов",
    "Миллиарды",
    "Десятки миллиардов",
    "Сотни миллиардов",
    "Триллионы",
];

/// One unit of a place, as borrowed: «занимаем 1 десяток».
const UNITS: [&str; super::PLACES] = [
    "единицу",
    "десяток",
    "сотню",
    "тысячу",
    "десяток тысяч",
    "сотню тысяч",
    "миллион",
    "десяток миллионов",
    "сотню миллионов",
    "миллиард",
    "десяток миллиардов",
    "сотню миллиардов",
    "триллион",
];

fn name(i: usize) -> &'static str {
    PLACES[place(i)]
}

/// The separator in the genitive: «после запятой».
fn sep_gen(sep: char) -> &'static str {
    if sep == ',' {
        "запятой"
    } else {
        "точки"
    }
}

/// The separator in the accusative: «ставим запятую».
fn sep_acc(sep: char) -> &'static str {
    if sep == ',' {
        "запятую"
    } else {
        "точку"
    }
}

fn reason(r: Reason) -> &'static str {
    match r {
        Reason::Brackets => "Сначала действие в скобках",
        Reason::BracketsMulFirst => "В скобках сначала умножение и деление",
        Reason::MulFirst => "Умножение и деление выполняем раньше сложения и вычитания",
        Reason::LeftToRight => "Теперь по порядку слева направо",
        Reason::Last => "Последнее действие",
    }
}

fn sub_column(place: usize, top: u32, bottom: u32, borrow: (bool, bool), result: u32) -> String {
    let p = name(place);
    let unit = UNITS[super::place(place + 1)];
    match borrow {
        (false, false) => format!("{p}: {top} − {bottom} = {result}."),
        (false, true) => format!(
            "{p}: из {top} нельзя вычесть {bottom}, занимаем 1 {unit}: {} − {bottom} = {result}.",
            top + 10
        ),
        (true, false) => format!(
            "{p}: отсюда мы заняли 1, осталось {}. {} − {bottom} = {result}.",
            top - 1,
            top - 1
        ),
        (true, true) if top == 0 => format!(
            "{p}: здесь 0, а отсюда мы заняли 1, поэтому занимаем 1 {unit}: 10 − 1 = 9. 9 − {bottom} = {result}."
        ),
        (true, true) => format!(
            "{p}: отсюда мы заняли 1, осталось {}. Из {} нельзя вычесть {bottom}, занимаем 1 {unit}: {} − {bottom} = {result}.",
            top - 1,
            top - 1,
            top + 9
        ),
    }
}

/// The words of a message.
pub(super) fn say(m: &Msg) -> String {
    match m {
        Msg::LineUp => "Записываем числа друг под другом: единицы под единицами, десятки под десятками.".into(),
        Msg::Column { place, expr, value, carry: Some((w, c)) } => {
            format!("{}: {expr} = {value}. {w} пишем, {c} в уме.", name(*place))
        }
        Msg::Column { place, expr, value, carry: None } => {
            format!("{}: {expr} = {value}. Пишем {value}.", name(*place))
        }
        Msg::SubColumn { place, top, bottom, borrow_in, borrow_out, result } => {
            sub_column(*place, *top, *bottom, (*borrow_in, *borrow_out), *result)
        }
        Msg::NegativeResult { a, b } => format!(
            "{b} больше {a}, поэтому ответ будет меньше нуля. Вычитаем {a} из {b} и ставим впереди минус."
        ),
        Msg::SwapFactors { a, b } => {
            format!("Сверху пишем число, в котором больше цифр: {a} × {b} = {b} × {a}.")
        }
        Msg::PartialProduct { place: 0, a, digit, product, .. } => {
            format!("Умножаем на единицы: {a} × {digit} = {product}.")
        }
        Msg::PartialProduct { place, a, digit, product, times, shifted } => format!(
            "Умножаем на {}: {a} × {digit} = {product}, значит {a} × {times} = {shifted}.",
            name(*place).to_lowercase()
        ),
        Msg::AddRows { expr } => format!("Складываем неполные произведения: {expr}."),
        Msg::DivZero => "Если 0 разделить на любое число, получится 0.".into(),
        Msg::DivSmaller { a, b } => format!("{a} меньше {b}, поэтому частное 0, а остаток {a}."),
        Msg::FirstPart { part, .. } => format!("Первое неполное делимое — {part}."),
        Msg::DivFit { part, b, q, prod, next_q, next } => format!(
            "Делим {part} на {b}: получается {q}, потому что {q} × {b} = {prod}, а {next_q} × {b} = {next} — это больше, чем {part}. Пишем {q} в частное."
        ),
        Msg::DivNoFit { part, b } => format!("{part} меньше {b}, поэтому пишем в частное 0."),
        Msg::MulSub { q, b, prod, part, rest } => {
            format!("{q} × {b} = {prod}. Вычитаем: {part} − {prod} = {rest}.")
        }
        Msg::BringDown { digit, part } => format!("Сносим следующую цифру {digit}: получаем {part}."),
        Msg::Remainder { r, .. } if r == "0" => {
            "Цифр больше нет, остаток 0: разделилось без остатка.".into()
        }
        Msg::Remainder { r, b } => format!("Цифр больше нет. Остаток {r}, он меньше {b}."),
        Msg::Answer { problem, answer, rem: Some(r) } => {
            format!("Ответ: {problem} = {answer} (остаток {r}).")
        }
        Msg::Answer { problem, answer, rem: None } => format!("Ответ: {problem} = {answer}."),
        Msg::Eval { reason: r, expr, value, fraction } => {
            let note = if *fraction {
                " Это не целое число, поэтому записываем его дробью."
            } else {
                ""
            };
            format!("{}: {expr} = {value}.{note}", reason(*r))
        }
        Msg::ToMixed { frac, n, d, q, r, mixed } => {
            format!("{n} : {d} = {q} (остаток {r}), значит {frac} = {mixed}.")
        }
        Msg::DigitCount { a, b, na, nb, sign: Some(s) } => format!(
            "Число {a} — {na}-значное, а число {b} — {nb}-значное. Чем больше цифр, тем больше число: {a} {s} {b}."
        ),
        Msg::DigitCount { na, .. } => {
            format!("Оба числа {na}-значные. Сравниваем по разрядам, начиная со старшего.")
        }
        Msg::ComparePlace { place, da, db, decided: None } => format!(
            "{}: {da} и {db} одинаковые, смотрим следующий разряд.",
            name(*place)
        ),
        Msg::ComparePlace { place, da, db, decided: Some((a, s, b)) } => {
            format!("{}: {da} {s} {db}, значит {a} {s} {b}.", name(*place))
        }
        Msg::AllSame { a, b } => format!("Все разряды одинаковые, значит {a} = {b}."),
        Msg::CommonDen { den, pairs } => format!("Приводим к общему знаменателю {den}: {pairs}."),
        Msg::CompareNumerators { x, y, sign, a, b } => format!(
            "Знаменатели одинаковые, сравниваем числители: {x} {sign} {y}, значит {a} {sign} {b}."
        ),
        Msg::LineUpPlaces { a, b, sep } => format!(
            "Уравниваем количество цифр после {}: {a} и {b}.",
            sep_gen(*sep)
        ),
        Msg::CompareWhole { x, y, sign, a, b, sep } => format!(
            "Теперь сравниваем без {}: {x} {sign} {y}, значит {a} {sign} {b}.",
            sep_gen(*sep)
        ),
        Msg::ToImproper { mixed, w, d, n, top, frac } => format!(
            "Переводим смешанное число в дробь: {w} × {d} + {n} = {top}, значит {mixed} = {frac}."
        ),
        Msg::WholeAsFraction { n } => {
            format!("Целое число можно записать дробью со знаменателем 1: {n} = {n}/1.")
        }
        Msg::Numerators { plus: true, x, y, r, frac } => format!(
            "Складываем числители, знаменатель не меняется: {x} + {y} = {r}, получаем {frac}."
        ),
        Msg::Numerators { plus: false, x, y, r, frac } => format!(
            "Вычитаем числители, знаменатель не меняется: {x} − {y} = {r}, получаем {frac}."
        ),
        Msg::MultiplyFractions { an, bn, rn, ad, bd, rd } => format!(
            "Умножаем числители: {an} × {bn} = {rn}, и знаменатели: {ad} × {bd} = {rd}. Получаем {rn}/{rd}."
        ),
        Msg::Reciprocal { b, flipped } => {
            format!("Вместо деления на {b} умножаем на перевёрнутую дробь {flipped}.")
        }
        Msg::Simplify { n, d, g, result } => format!("{n} и {d} делятся на {g}: {n}/{d} = {result}."),
        Msg::AlreadySimple { frac, n, d } => {
            format!("{frac} сократить нельзя: у {n} и {d} нет общих делителей, кроме 1.")
        }
        Msg::LineUpPoints { a, b, sep } => {
            let how = if *sep == ',' { "запятая под запятой" } else { "точка под точкой" };
            format!("Записываем числа так, чтобы была {how}: {a} и {b}.")
        }
        Msg::AsWhole { op, x, y, r, sep, pad } => {
            let pad = pad
                .as_ref()
                .map(|(from, to)| format!("Записываем {from} как {to}. "))
                .unwrap_or_default();
            let how = match op {
                '+' => "Складываем как целые числа".to_string(),
                '−' => "Вычитаем как целые числа".to_string(),
                '×' => {
                    let marks = if *sep == ',' { "запятые" } else { "точки" };
                    format!("Умножаем, не обращая внимания на {marks}")
                }
                _ => format!("Делим, не обращая внимания на {}", sep_acc(*sep)),
            };
            format!("{pad}{how}: {x} {op} {y} = {r}.")
        }
        Msg::PlacePoint { k, raw, result, sep } => {
            let tail = if raw == result { String::new() } else { format!(" Это {result}.") };
            format!(
                "Ставим {}, отсчитав справа {k}: {raw}.{tail}",
                sep_acc(*sep)
            )
        }
        Msg::MoveBothPoints { a, b, sep } => format!(
            "Чтобы делитель стал целым, переносим {} вправо в обоих числах на одно и то же число знаков: {a} : {b}.",
            sep_acc(*sep)
        ),
        Msg::PercentFraction { p } => format!("{p}% означает {p}/100."),
        Msg::OnePercent { n, one } => format!("Находим 1%: {n} : 100 = {one}."),
        Msg::TimesPercent { one, p, r } => format!("Теперь умножаем на {p}: {one} × {p} = {r}."),
        Msg::MulFirst { n, p, prod } => format!("Умножаем {n} на {p}: {n} × {p} = {prod}."),
        Msg::DivHundred { prod, r } => format!("Теперь делим на 100: {prod} : 100 = {r}."),
        Msg::UnitConvert { v, from, to, f, down: true, .. } if v == "1" => {
            format!("1 {from} = {f} {to}.")
        }
        Msg::UnitConvert { v, from, to, f, res, down: true } => {
            format!("1 {from} = {f} {to}, значит {v} {from} = {v} × {f} = {res} {to}.")
        }
        Msg::UnitConvert { v, from, to, f, res, down: false } => {
            format!("1 {to} = {f} {from}, значит {v} {from} = {v} : {f} = {res} {to}.")
        }
        Msg::AddParts { expr } => format!("Складываем: {expr}."),
        Msg::QuantityOp { plus: true, expr } => format!("Теперь складываем: {expr}."),
        Msg::QuantityOp { plus: false, expr } => format!("Теперь вычитаем: {expr}."),
        Msg::Regroup { total, unit, big, f, q, rest, result } => format!(
            "1 {big} = {f} {unit}. {total} : {f} = {q} (остаток {rest}), значит {total} {unit} = {result}."
        ),
        Msg::SimplifySide { expr, value } => format!("Сначала считаем: {expr} = {value}."),
        Msg::CollectTerms { eq } => format!("Приводим подобные слагаемые: {eq}."),
        Msg::BothSides { op: '+', amount, eq } => {
            format!("Прибавляем {amount} к обеим частям: {eq}.")
        }
        Msg::BothSides { op: '−', amount, eq } => {
            format!("Вычитаем {amount} из обеих частей: {eq}.")
        }
        Msg::BothSides { op: '×', amount, eq } => format!("Умножаем обе части на {amount}: {eq}."),
        Msg::BothSides { amount, eq, .. } => format!("Делим обе части на {amount}: {eq}."),
        Msg::SwapSides { eq } => format!("Меняем части местами: {eq}."),
        Msg::Check { x, lhs, rhs: None, value } => {
            format!("Проверка: подставляем {x} вместо x: {lhs} = {value}. Верно!")
        }
        Msg::Check { x, lhs, rhs: Some(rhs), value } => format!(
            "Проверка: подставляем {x} вместо x: {lhs} = {value} и {rhs} = {value}. Верно!"
        ),
    }
}

/// The words of a question.
pub(super) fn ask(q: &Ask) -> String {
    match q {
        Ask::Compute(e) => format!("Сколько будет {e}?"),
        Ask::Fits { part, b } => format!("Сколько раз {b} содержится в {part}?"),
        Ask::Sign { a, b } => format!("Какой знак поставить между {a} и {b}: <, > или =?"),
        Ask::Lcd { a, b } => format!("Какое наименьшее общее кратное у чисел {a} и {b}?"),
        Ask::Gcd { n, d } => format!("Какой наибольший общий делитель у чисел {n} и {d}?"),
        Ask::Improper(m) => format!("Запиши {m} в виде неправильной дроби."),
        Ask::Mixed(f) => format!("Запиши {f} в виде смешанного числа."),
        Ask::Convert { q, unit } => format!("Сколько {unit} в {q}?"),
        Ask::WholeUnits { total, big } => format!("Сколько целых {big} в {total}?"),
    }
}
