//! Every example the engine offers is solved, in its own language.

use super::common::{integrity, LANGS};
use mathsolve::{examples, solve, Kind, Lang};

#[test]
fn every_example_solves() {
    for lang in LANGS {
        let list = examples(lang);
        assert!((6..=10).contains(&list.len()));
        let mut kinds = Vec::new();
        for e in &list {
            let s = solve(e, lang).unwrap_or_else(|_| panic!("example {e:?} in {lang:?}"));
            integrity(&s, lang);
            kinds.push(s.kind);
        }
        for k in [
            Kind::Expression,
            Kind::Comparison,
            Kind::Fraction,
            Kind::Decimal,
            Kind::Percent,
            Kind::Units,
            Kind::Equation,
        ] {
            assert!(kinds.contains(&k), "{lang:?} has no {k:?} example");
        }
    }
}

#[test]
fn languages_and_kinds_serialise_as_documented() {
    assert_eq!(Lang::parse("uz"), Some(Lang::Uz));
    assert_eq!(Lang::parse("de"), None);
    assert_eq!(serde_json::to_string(&Lang::Ru).unwrap(), "\"ru\"");
    assert_eq!(serde_json::to_string(&Kind::Units).unwrap(), "\"units\"");
    assert_eq!(Kind::Expression.as_str(), "expression");
    let s = solve("47 + 24", Lang::En).unwrap();
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["kind"], "addition");
    assert_eq!(json["steps"][1]["expect"], "11");
}
