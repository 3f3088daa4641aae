//! Region and district of a user or an organisation: reading a change from a form or the API,
//! checking it against the kernel's list, and the choices and names pages show.

use kernel::error::FieldError;
use kernel::i18n::Lang;
use kernel::regions;
use serde::{Deserialize, Deserializer, Serialize};

/// A region and district as stored: codes from `kernel::regions`, both optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Place {
    pub region: Option<String>,
    pub district: Option<String>,
}

/// A requested change. Per field: absent keeps the value, `null` or `""` clears it.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct PlaceChange {
    #[serde(default, deserialize_with = "present")]
    pub region: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub district: Option<Option<String>>,
}

/// Tells a field sent as `null` (`Some(None)`) from one not sent at all (`None`).
pub fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

impl PlaceChange {
    pub fn is_empty(&self) -> bool {
        self.region.is_none() && self.district.is_none()
    }

    /// The place after this change, checked. A new region without a district keeps the
    /// current district only if it lies in that region.
    pub fn apply(&self, current: &Place) -> Result<Place, Vec<FieldError>> {
        let given = |f: &Option<Option<String>>, now: &Option<String>| match f {
            None => now.clone(),
            Some(v) => v.clone(),
        };
        let region = given(&self.region, &current.region);
        let mut district = given(&self.district, &current.district);
        if self.district.is_none() {
            let fits = match (region.as_deref(), district.as_deref()) {
                (Some(r), Some(d)) => regions::district_in_region(r.trim(), d),
                _ => false,
            };
            if !fits {
                district = None;
            }
        }
        let (region, district) = regions::check(region.as_deref(), district.as_deref())?;
        Ok(Place { region, district })
    }
}

impl Place {
    /// "District, Region" in `lang`, or only the region; `None` when no region is set.
    pub fn label(&self, lang: Lang) -> Option<String> {
        let region = regions::region(self.region.as_deref()?)?;
        let name = region.name(lang);
        Some(
            match self.district.as_deref().and_then(|d| region.district(d)) {
                Some(d) => format!("{}, {}", d.name(lang), name),
                None => name.to_string(),
            },
        )
    }

    pub fn region_is(&self, code: &str) -> bool {
        self.region.as_deref() == Some(code)
    }

    pub fn district_is(&self, code: &str) -> bool {
        self.district.as_deref() == Some(code)
    }
}

/// One option of a select.
#[derive(Clone, Debug)]
pub struct Choice {
    pub code: &'static str,
    pub name: &'static str,
}

/// A region with its districts, named in the page's language, for the form's selects.
#[derive(Clone, Debug)]
pub struct RegionChoice {
    pub code: &'static str,
    pub name: &'static str,
    pub districts: Vec<Choice>,
}

/// Every region with its districts in `lang`, in the kernel's order.
pub fn choices(lang: Lang) -> Vec<RegionChoice> {
    regions::all()
        .iter()
        .map(|r| RegionChoice {
            code: &r.code,
            name: r.name(lang),
            districts: r
                .districts
                .iter()
                .map(|d| Choice {
                    code: &d.code,
                    name: d.name(lang),
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(json: &str) -> PlaceChange {
        serde_json::from_str(json).unwrap()
    }

    fn place(r: Option<&str>, d: Option<&str>) -> Place {
        Place {
            region: r.map(String::from),
            district: d.map(String::from),
        }
    }

    #[test]
    fn absent_keeps_null_and_empty_clear() {
        let now = place(Some("tashkent_city"), Some("chilonzor"));
        assert_eq!(change("{}").apply(&now), Ok(now.clone()));
        assert_eq!(
            change(r#"{"region": null, "district": ""}"#).apply(&now),
            Ok(Place::default())
        );
        assert_eq!(
            change(r#"{"district": null}"#).apply(&now),
            Ok(place(Some("tashkent_city"), None))
        );
    }

    #[test]
    fn a_new_region_drops_a_district_it_does_not_hold() {
        let now = place(Some("tashkent_city"), Some("chilonzor"));
        assert_eq!(
            change(r#"{"region": "samarkand"}"#).apply(&now),
            Ok(place(Some("samarkand"), None))
        );
        let refused = change(r#"{"region": "samarkand", "district": "chilonzor"}"#).apply(&now);
        assert_eq!(refused.unwrap_err()[0].field, "district");
    }

    #[test]
    fn labels_follow_the_language() {
        let p = place(Some("fergana"), Some("uchkoprik"));
        assert_eq!(
            p.label(Lang::Uz).as_deref(),
            Some("Uchkoʻprik, Fargʻona viloyati")
        );
        assert_eq!(Place::default().label(Lang::En), None);
    }
}
