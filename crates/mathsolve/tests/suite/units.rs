//! Units: conversions and compound sums recomputed from a factor table written again here.

use super::common::{check, Rng, PER_KIND, Q};
use mathsolve::{solve, Kind, Lang};

/// Families of spellings, each listed largest first with the size in the smallest unit.
const FAMILIES: &[&[(&str, i128)]] = &[
    &[
        ("km", 1_000_000),
        ("m", 1000),
        ("dm", 100),
        ("cm", 10),
        ("mm", 1),
    ],
    &[
        ("км", 1_000_000),
        ("м", 1000),
        ("дм", 100),
        ("см", 10),
        ("мм", 1),
    ],
    &[("m", 1000), ("sm", 10), ("mm", 1)],
    &[
        ("t", 1_000_000),
        ("sentner", 100_000),
        ("kg", 1000),
        ("g", 1),
    ],
    &[("т", 1_000_000), ("ц", 100_000), ("кг", 1000), ("г", 1)],
    &[("kun", 86_400), ("soat", 3600), ("daqiqa", 60), ("sek", 1)],
    &[("сут", 86_400), ("ч", 3600), ("мин", 60), ("с", 1)],
    &[("day", 86_400), ("h", 3600), ("min", 60), ("s", 1)],
];

/// Two or three neighbouring-or-not units of a family, largest first.
fn units(rng: &mut Rng, fam: &[(&'static str, i128)], n: usize) -> Vec<(&'static str, i128)> {
    loop {
        let mut picked: Vec<usize> = (0..n)
            .map(|_| rng.range(0, fam.len() as i128 - 1) as usize)
            .collect();
        picked.sort();
        picked.dedup();
        if picked.len() == n {
            return picked.into_iter().map(|i| fam[i]).collect();
        }
    }
}

/// A quantity in the given units with each smaller part less than one of the part before.
fn quantity(rng: &mut Rng, us: &[(&str, i128)]) -> (String, i128) {
    let mut text = Vec::new();
    let mut total = 0;
    for (i, (name, size)) in us.iter().enumerate() {
        let max = if i == 0 { 30 } else { us[i - 1].1 / size - 1 };
        let v = rng.range(if i == 0 { 1 } else { 0 }, max.min(999));
        text.push(format!("{v} {name}"));
        total += v * size;
    }
    (text.join(" "), total)
}

/// The total written in the units: all but the last whole, the last exact (or `None`).
fn split(total: i128, us: &[(&str, i128)], keep_zero: bool) -> Option<String> {
    let mut rest = total;
    let mut parts = Vec::new();
    for (i, (name, size)) in us.iter().enumerate() {
        if i + 1 == us.len() {
            if rest != 0 || keep_zero || parts.is_empty() {
                parts.push(format!("{} {name}", Q::new(rest, *size).decimal('.')?));
            }
        } else {
            let q = rest / size;
            rest -= q * size;
            if q != 0 || keep_zero {
                parts.push(format!("{q} {name}"));
            }
        }
    }
    Some(parts.join(" "))
}

#[test]
fn conversions() {
    let mut rng = Rng::new(61);
    let mut done = 0;
    while done < PER_KIND {
        let fam = *rng.pick(FAMILIES);
        let n = rng.range(1, 2) as usize;
        let from = units(&mut rng, fam, n);
        let m = rng.range(1, 2) as usize;
        let to = units(&mut rng, fam, m);
        if from.len() == 1 && to.len() == 1 && from[0] == to[0] {
            continue;
        }
        let (q, total) = quantity(&mut rng, &from);
        let blanks: Vec<String> = to.iter().map(|(name, _)| format!("? {name}")).collect();
        let problem = format!("{q} = {}", blanks.join(" "));
        match split(total, &to, true) {
            Some(want) => check(&problem, Kind::Units, &want),
            None => super::common::refused(&problem),
        }
        done += 1;
    }
}

#[test]
fn sums_and_differences_of_compound_quantities() {
    let mut rng = Rng::new(62);
    let mut done = 0;
    while done < PER_KIND {
        let fam = *rng.pick(FAMILIES);
        let n = rng.range(1, 2) as usize;
        let us = units(&mut rng, fam, n);
        let ((a, x), (b, y)) = (quantity(&mut rng, &us), quantity(&mut rng, &us));
        let plus = rng.chance(50);
        let (op, r) = if plus { ("+", x + y) } else { ("−", x - y) };
        if r < 0 {
            continue;
        }
        check(
            &format!("{a} {op} {b}"),
            Kind::Units,
            &split(r, &us, false).unwrap(),
        );
        done += 1;
    }
}

#[test]
fn unit_steps_and_spelling() {
    assert_eq!(
        solve("3 m 20 cm = ? cm", Lang::En).unwrap().answer,
        "320 cm"
    );
    assert_eq!(
        solve("3 m 20 sm = ? sm", Lang::Uz).unwrap().answer,
        "320 sm"
    );
    assert_eq!(solve("2 kg = ? g", Lang::Ru).unwrap().answer, "2000 g");
    assert_eq!(
        solve("1 soat 15 daqiqa = ? daqiqa", Lang::Uz)
            .unwrap()
            .answer,
        "75 daqiqa"
    );
    assert_eq!(
        solve("150 min = ? h ? min", Lang::En).unwrap().answer,
        "2 h 30 min"
    );
    assert_eq!(
        solve("2 m 30 cm + 1 m 80 cm", Lang::En).unwrap().answer,
        "4 m 10 cm"
    );
    assert_eq!(
        solve("5000 so'm + 2500 so‘m", Lang::Uz).unwrap().answer,
        "7500 soʻm"
    );
    assert_eq!(
        solve("3 soat 20 min − 1 soat 45 min", Lang::Uz)
            .unwrap()
            .answer,
        "1 soat 35 min"
    );
    assert_eq!(solve("500 г = ? кг", Lang::Ru).unwrap().answer, "0.5 кг");
    let s = solve("3 m 20 cm = ? cm", Lang::En).unwrap();
    assert_eq!(s.steps[0].change, "convert_unit");
    assert_eq!(s.steps[0].expect.as_deref(), Some("300"));
}
