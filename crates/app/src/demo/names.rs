//! Realistic names for the demo's children and parents, drawn from `content/demo/names.json`:
//! Uzbek in Latin script (ʻ and ʼ as the alphabet has them), Russian in Cyrillic.

use std::collections::HashSet;
use std::sync::LazyLock;

use rand::rngs::StdRng;
use serde::Deserialize;

use super::random::{chance, pick};

#[derive(Deserialize)]
struct Names {
    uz: NameSet,
    ru: NameSet,
}

#[derive(Deserialize)]
struct NameSet {
    boys: Vec<String>,
    girls: Vec<String>,
    fathers: Vec<String>,
    mothers: Vec<String>,
    surnames: Vec<String>,
}

static NAMES: LazyLock<Names> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../content/demo/names.json"))
        .expect("content/demo/names.json parses")
});

/// A family: its surname, the parent's name and e-mail, the children's names.
pub struct Family {
    pub surname: String,
    pub parent: String,
    pub email: String,
}

/// Draws names, keeping e-mail addresses unique.
#[derive(Default)]
pub struct Namer {
    emails: HashSet<String>,
}

impl Namer {
    /// A family whose names are in `language`'s tradition (`ru`: Russian, otherwise Uzbek).
    pub fn family(&mut self, rng: &mut StdRng, language: &str) -> Family {
        let set = set(language);
        let surname = pick(rng, &set.surnames).clone();
        let (first, female) = if chance(rng, 0.7) {
            (pick(rng, &set.mothers).clone(), true)
        } else {
            (pick(rng, &set.fathers).clone(), false)
        };
        let parent = format!("{first} {}", gendered(&surname, female));
        let base = format!("{}.{}", ascii(&first), ascii(&gendered(&surname, female)));
        let mut email = format!("{base}@demo.alif24.uz");
        let mut n = 2;
        while !self.emails.insert(email.clone()) {
            email = format!("{base}{n}@demo.alif24.uz");
            n += 1;
        }
        Family {
            surname,
            parent,
            email,
        }
    }

    /// A child of `family`: a first name and the family's surname in the child's form.
    pub fn child(&self, rng: &mut StdRng, language: &str, family: &Family) -> String {
        let set = set(language);
        let girl = chance(rng, 0.5);
        let first = pick(rng, if girl { &set.girls } else { &set.boys });
        format!("{first} {}", gendered(&family.surname, girl))
    }
}

fn set(language: &str) -> &'static NameSet {
    match language {
        "ru" => &NAMES.ru,
        _ => &NAMES.uz,
    }
}

/// The female form of a surname: -ov/-ev/-in take -a (Karimova, Иванова); others
/// (Korean surnames such as Ким) stay as they are.
pub fn gendered(surname: &str, female: bool) -> String {
    let takes_a = ["ov", "ev", "yev", "in", "ов", "ев", "ёв", "ин"]
        .iter()
        .any(|end| surname.ends_with(end));
    if female && takes_a {
        let a = if is_latin(surname) { "a" } else { "а" };
        format!("{surname}{a}")
    } else {
        surname.to_string()
    }
}

fn is_latin(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii() || c == 'ʻ' || c == 'ʼ')
}

/// The name in plain lower-case ASCII, for an e-mail address (Cyrillic transliterated, the
/// Uzbek marks dropped: Oʻktam → oktam, Фёдоров → fedorov).
pub fn ascii(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        let t = match c {
            'a'..='z' | '0'..='9' => {
                out.push(c);
                continue;
            }
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'й' | 'ы' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ю' => "yu",
            'я' => "ya",
            _ => "",
        };
        out.push_str(t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_take_their_female_form_and_addresses_are_plain_ascii() {
        assert_eq!(gendered("Toʻxtayev", true), "Toʻxtayeva");
        assert_eq!(gendered("Иванов", true), "Иванова");
        assert_eq!(gendered("Ким", true), "Ким");
        assert_eq!(gendered("Karimov", false), "Karimov");
        assert_eq!(ascii("Oʻktam"), "oktam");
        assert_eq!(ascii("Фёдорова"), "fedorova");
        assert_eq!(ascii("Maʼruf"), "maruf");
    }
}
