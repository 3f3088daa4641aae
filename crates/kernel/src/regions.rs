//! Uzbekistan's 14 regions (12 viloyatlar, the Republic of Karakalpakstan and Tashkent city)
//! and their districts, with stable codes and names in the three interface languages.
//!
//! The list ships as `content/regions.json`. Codes are what the database stores (in the
//! `region` and `district` columns of `users` and `organizations`) and never change; names may.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::error::FieldError;
use crate::i18n::Lang;

/// A region: a viloyat, the Republic of Karakalpakstan, or Tashkent city.
#[derive(Debug, Deserialize)]
pub struct Region {
    pub code: String,
    pub uz: String,
    pub ru: String,
    pub en: String,
    pub districts: Vec<District>,
}

/// A district (tuman, or a city's district) inside one region.
#[derive(Debug, Deserialize)]
pub struct District {
    pub code: String,
    pub uz: String,
    pub ru: String,
    pub en: String,
}

impl Region {
    pub fn name(&self, lang: Lang) -> &str {
        pick(lang, &self.uz, &self.ru, &self.en)
    }

    pub fn district(&self, code: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.code == code)
    }
}

impl District {
    pub fn name(&self, lang: Lang) -> &str {
        pick(lang, &self.uz, &self.ru, &self.en)
    }
}

fn pick<'a>(lang: Lang, uz: &'a str, ru: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Uz => uz,
        Lang::Ru => ru,
        Lang::En => en,
    }
}

#[derive(Deserialize)]
struct RegionsFile {
    regions: Vec<Region>,
}

static REGIONS: LazyLock<Vec<Region>> = LazyLock::new(|| {
    let file: RegionsFile = serde_json::from_str(include_str!("../content/regions.json"))
        .expect("content/regions.json is valid (checked by the kernel's tests)");
    file.regions
});

/// Every region, in the order forms list them.
pub fn all() -> &'static [Region] {
    &REGIONS
}

pub fn region(code: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.code == code)
}

pub fn region_exists(code: &str) -> bool {
    region(code).is_some()
}

/// True when `district` is a district code of the region `region`.
pub fn district_in_region(region_code: &str, district: &str) -> bool {
    region(region_code).is_some_and(|r| r.district(district).is_some())
}

/// Checks an optional region and district from a form or the API: a district needs its
/// region, and both must be known codes. Empty strings count as not given.
pub fn check(
    region_code: Option<&str>,
    district: Option<&str>,
) -> Result<(Option<String>, Option<String>), Vec<FieldError>> {
    let region_code = region_code.map(str::trim).filter(|s| !s.is_empty());
    let district = district.map(str::trim).filter(|s| !s.is_empty());
    let mut problems = Vec::new();
    match (region_code, district) {
        (Some(r), _) if !region_exists(r) => {
            problems.push(FieldError::new("region", "region-unknown"))
        }
        (Some(r), Some(d)) if !district_in_region(r, d) => {
            problems.push(FieldError::new("district", "district-unknown"))
        }
        (None, Some(_)) => problems.push(FieldError::new("region", "field-required")),
        _ => {}
    }
    if problems.is_empty() {
        Ok((
            region_code.map(str::to_string),
            district.map(str::to_string),
        ))
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn has_fourteen_regions_with_their_districts() {
        let counts: Vec<(&str, usize)> = all()
            .iter()
            .map(|r| (r.code.as_str(), r.districts.len()))
            .collect();
        // Counts as listed in the reference table of regions.
        assert_eq!(
            counts,
            [
                ("karakalpakstan", 16),
                ("andijan", 14),
                ("bukhara", 11),
                ("fergana", 15),
                ("jizzakh", 12),
                ("khorezm", 11),
                ("namangan", 11),
                ("navoiy", 8),
                ("kashkadarya", 14),
                ("samarkand", 14),
                ("syrdarya", 8),
                ("surkhandarya", 14),
                ("tashkent_region", 15),
                ("tashkent_city", 12),
            ]
        );
        assert_eq!(
            region("tashkent_city").unwrap().name(Lang::Uz),
            "Toshkent shahri"
        );
        assert_eq!(
            region("samarkand").unwrap().name(Lang::Ru),
            "Самаркандская область"
        );
    }

    #[test]
    fn codes_are_unique_and_simple() {
        let mut regions = HashSet::new();
        let mut districts = HashSet::new();
        for r in all() {
            assert!(regions.insert(r.code.as_str()), "region {} twice", r.code);
            for d in &r.districts {
                assert!(
                    districts.insert(d.code.as_str()),
                    "district {} twice",
                    d.code
                );
            }
        }
        for code in regions.iter().chain(districts.iter()) {
            assert!(
                code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "code {code}"
            );
        }
    }

    #[test]
    fn uzbek_names_use_the_right_apostrophes() {
        for r in all() {
            let names = std::iter::once(&r.uz).chain(r.districts.iter().map(|d| &d.uz));
            for name in names {
                assert!(!name.contains(['\'', '‘', '’', '`']), "{name}");
                for (i, c) in name.char_indices() {
                    if c == 'ʻ' {
                        let before = name[..i].chars().last();
                        assert!(matches!(before, Some('o' | 'O' | 'g' | 'G')), "{name}");
                    }
                }
            }
            for d in &r.districts {
                assert!(d.ru.chars().all(|c| !c.is_ascii_alphabetic()), "{}", d.ru);
                assert!(d.en.is_ascii(), "{}", d.en);
            }
        }
        assert_eq!(
            region("fergana").unwrap().district("uchkoprik").unwrap().uz,
            "Uchkoʻprik"
        );
    }

    #[test]
    fn districts_belong_to_their_region() {
        assert!(region_exists("khorezm"));
        assert!(!region_exists("Khorezm"));
        assert!(district_in_region("tashkent_city", "chilonzor"));
        assert!(!district_in_region("samarkand", "chilonzor"));
        assert!(!district_in_region("nowhere", "chilonzor"));
        assert_eq!(
            check(Some("tashkent_city"), Some("yunusobod")),
            Ok((Some("tashkent_city".into()), Some("yunusobod".into())))
        );
        assert_eq!(check(Some(" "), None), Ok((None, None)));
        let fields = |r: Result<_, Vec<FieldError>>| -> Vec<String> {
            r.unwrap_err()
                .into_iter()
                .map(|f| format!("{}:{}", f.field, f.key))
                .collect()
        };
        assert_eq!(fields(check(Some("mars"), None)), ["region:region-unknown"]);
        assert_eq!(
            fields(check(Some("navoiy"), Some("urgut"))),
            ["district:district-unknown"]
        );
        assert_eq!(
            fields(check(None, Some("urgut"))),
            ["region:field-required"]
        );
    }
}
