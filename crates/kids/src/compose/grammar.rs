//! The forms a slot asks for: Uzbek case suffixes by rule, Russian stored cases, English
//! articles and pronouns, and the forms of a hero with a child-typed name.

use std::collections::BTreeMap;

use super::content::{Gender, HeroDef, PlaceDef};
use crate::model::Lang;

/// Something a story talks about (hero, helper, place, thing): its forms by name and gender.
#[derive(Clone, Debug, Default)]
pub(crate) struct Role {
    pub forms: BTreeMap<String, String>,
    pub gender: Gender,
}

impl Role {
    /// The form `name`, if the role has it.
    pub(crate) fn form(&self, name: &str) -> Option<&str> {
        self.forms.get(name).map(String::as_str)
    }
}

/// The Uzbek dative suffix of a word: `-ka` after k, `-qa` after q, `-ga` otherwise
/// (after g and gʻ too: "bargga", "bogʻga").
pub fn uz_dative(word: &str) -> String {
    match word.chars().last() {
        Some('k') | Some('K') => format!("{word}ka"),
        Some('q') | Some('Q') => format!("{word}qa"),
        _ => format!("{word}ga"),
    }
}

/// The six Uzbek cases of a noun or name: `nom`, `gen` (-ning), `dat` (-ga/-ka/-qa), `acc`
/// (-ni), `loc` (-da), `abl` (-dan). Uzbek writes these suffixes without vowel harmony.
pub fn uz_cases(nom: &str) -> BTreeMap<String, String> {
    [
        ("nom", nom.to_string()),
        ("gen", format!("{nom}ning")),
        ("dat", uz_dative(nom)),
        ("acc", format!("{nom}ni")),
        ("loc", format!("{nom}da")),
        ("abl", format!("{nom}dan")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// Uzbek text typed with `'`, `‘`, `’` or `` ` ``: the mark after o and g becomes ʻ (U+02BB),
/// any other becomes the tutuq belgisi ʼ (U+02BC).
pub fn uz_apostrophes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = ' ';
    for c in text.chars() {
        let c = match c {
            '\'' | '‘' | '’' | '`' | 'ʻ' | 'ʼ' if matches!(prev, 'o' | 'O' | 'g' | 'G') => {
                'ʻ'
            }
            '\'' | '‘' | '’' | '`' | 'ʻ' | 'ʼ' => 'ʼ',
            c => c,
        };
        out.push(c);
        prev = c;
    }
    out
}

fn nom(def: &HeroDef) -> &str {
    def.forms
        .get("nom")
        .map(String::as_str)
        .unwrap_or(&def.name)
}

/// The role of a hero in `lang`, called by `name` when the child typed one.
/// Russian keeps a typed name in the nominative only ("зайчик Азиз"), and the declined species
/// noun everywhere else, so an unknown name is never declined wrongly.
pub(crate) fn hero(lang: Lang, def: &HeroDef, name: Option<&str>, named: &str) -> Role {
    let species = nom(def).to_string();
    let mut forms = def.forms.clone();
    if lang == Lang::Uz {
        for (k, v) in uz_cases(name.unwrap_or(&species)) {
            if name.is_some() {
                forms.insert(k, v);
            } else {
                forms.entry(k).or_insert(v);
            }
        }
    }
    let intro_key = if lang == Lang::En { "a" } else { "intro" };
    let intro_species = def
        .forms
        .get(intro_key)
        .cloned()
        .unwrap_or_else(|| species.clone());
    let intro = match name {
        Some(n) => named.replace("{name}", n).replace("{nom}", &intro_species),
        None => intro_species,
    };
    forms.insert("intro".into(), intro);
    if let Some(n) = name {
        match lang {
            Lang::Uz => {}
            Lang::Ru => {
                forms.insert("nom".into(), format!("{species} {n}"));
            }
            Lang::En => {
                forms.insert("nom".into(), n.to_string());
            }
        }
    }
    if lang == Lang::En {
        let poss = format!("{}'s", forms["nom"]);
        forms.insert("poss".into(), poss);
        let (he, him, his) = match def.gender {
            Gender::M => ("he", "him", "his"),
            Gender::F => ("she", "her", "her"),
            Gender::N => ("it", "it", "its"),
        };
        for (k, v) in [("he", he), ("him", him), ("his", his)] {
            forms.insert(k.into(), v.into());
        }
    }
    Role {
        forms,
        gender: def.gender,
    }
}

/// The role of a place: its stored phrases ("oʻrmonga", "в лесу", "from the forest").
pub(crate) fn place(def: &PlaceDef) -> Role {
    let mut forms = def.forms.clone();
    forms
        .entry("name".into())
        .or_insert_with(|| def.name.clone());
    Role {
        forms,
        gender: Gender::M,
    }
}

/// The role of the things found at a place (always plural).
pub(crate) fn thing(def: &PlaceDef) -> Role {
    Role {
        forms: def.thing.clone(),
        gender: Gender::M,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uzbek_dative_follows_k_and_q() {
        assert_eq!(uz_dative("quyon"), "quyonga");
        assert_eq!(uz_dative("tulki"), "tulkiga");
        assert_eq!(uz_dative("kuchuk"), "kuchukka");
        assert_eq!(uz_dative("qoʻzichoq"), "qoʻzichoqqa");
        assert_eq!(uz_dative("barg"), "bargga");
        assert_eq!(uz_dative("bogʻ"), "bogʻga");
        let c = uz_cases("Aziz");
        assert_eq!(
            [&c["gen"], &c["dat"], &c["acc"], &c["loc"], &c["abl"]],
            ["Azizning", "Azizga", "Azizni", "Azizda", "Azizdan"]
        );
    }

    #[test]
    fn apostrophes_become_uzbek_marks() {
        assert_eq!(uz_apostrophes("G'ayrat"), "Gʻayrat");
        assert_eq!(uz_apostrophes("O‘lmas"), "Oʻlmas");
        assert_eq!(uz_apostrophes("Ma'mur"), "Maʼmur");
    }
}
