//! Every combination of hero, place, theme, length, age and language writes a story that
//! reads right, and its questions are about that story.

use questions::model::question::Body;

use super::content::content;
use super::grammar;
use super::story::write;
use super::*;

pub(super) const LENGTHS: [Length; 2] = [Length::Short, Length::Medium];
pub(super) const AGES: [Age; 2] = [Age::Young, Age::Older];

/// The sentences of a paragraph: cut after . ! ? … and any closing quote.
pub(super) fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        cur.push(c);
        let next = chars.get(i + 1).copied();
        if matches!(c, '.' | '!' | '?' | '…' | '»' | '”' | '"')
            && next.is_none_or(char::is_whitespace)
        {
            let last = cur.trim_end_matches(['»', '”', '"']);
            if last.ends_with(['.', '!', '?', '…']) {
                out.push(std::mem::take(&mut cur).trim().to_string());
            }
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

/// Words: runs of text holding at least one letter.
pub(super) fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// Every text a child sees in a story.
pub(super) fn texts(s: &Story) -> Vec<String> {
    let mut all = vec![s.title.clone(), s.moral.clone()];
    all.extend(s.paragraphs.iter().cloned());
    for q in &s.questions {
        all.push(q.prompt.clone());
        match &q.body {
            Body::Single { options, .. } => all.extend(options.iter().cloned()),
            Body::Short { accepted } => all.extend(accepted.iter().cloned()),
            _ => {}
        }
    }
    for t in &s.talk {
        all.push(t.prompt.clone());
        all.extend(t.keywords.iter().cloned());
    }
    all
}

/// The script rules of a language over a text.
pub(super) fn script_ok(lang: Lang, text: &str) -> Result<(), String> {
    match lang {
        Lang::Uz if text.contains(['\'', '\u{2018}', '\u{2019}']) => {
            Err(format!("apostrophe in {text:?}"))
        }
        Lang::Ru if text.chars().any(|c| c.is_ascii_alphabetic()) => {
            Err(format!("Latin letter in {text:?}"))
        }
        _ => Ok(()),
    }
}

fn label(lang: Lang, id: &str) -> (String, String) {
    let h = content(lang).heroes.iter().find(|h| h.id == id).unwrap();
    let role = grammar::hero(lang, h, None, "");
    (
        h.emoji.clone(),
        render::capitalize(role.form("nom").unwrap()),
    )
}

/// Checks one story against everything the brief asks; `named` relaxes sentence length by two.
pub(super) fn check(req: &Request, s: &Story, helper: &str) -> Result<(), String> {
    for t in texts(s) {
        if t.contains(['{', '}', '[', ']']) {
            return Err(format!("slot left in {t:?}"));
        }
        script_ok(req.lang, &t)?;
    }
    let (min_p, max_p, min_w, max_w) = match (req.length, req.age) {
        (Length::Short, Age::Young) => (4, 5, 50, 120),
        (Length::Short, Age::Older) => (4, 5, 60, 200),
        (Length::Medium, _) => (6, 8, 120, 300),
    };
    let n = s.paragraphs.len();
    if n < min_p || n > max_p || s.pictures.len() != n || s.pictures.iter().any(String::is_empty) {
        return Err(format!("{n} paragraphs, {} pictures", s.pictures.len()));
    }
    let total: usize = s.paragraphs.iter().map(|p| words(p)).sum();
    if total < min_w || total > max_w {
        return Err(format!("{total} words: {:?}", s.paragraphs));
    }
    let max_sentence = match req.age {
        Age::Young => 10,
        Age::Older => 22,
    } + if req.name.is_some() { 2 } else { 0 };
    for p in &s.paragraphs {
        if !p.trim_end().ends_with(['.', '!', '?', '»', '"', '”']) || p.trim().is_empty() {
            return Err(format!("paragraph ends badly: {p:?}"));
        }
        for sentence in sentences(p) {
            if words(&sentence) > max_sentence {
                return Err(format!(
                    "long sentence ({}): {sentence:?}",
                    words(&sentence)
                ));
            }
        }
    }
    if s.title.is_empty() || s.moral.is_empty() {
        return Err("no title or moral".into());
    }
    check_questions(req, s, helper)
}

fn check_questions(req: &Request, s: &Story, helper: &str) -> Result<(), String> {
    if !(3..=5).contains(&s.questions.len()) {
        return Err(format!("{} questions", s.questions.len()));
    }
    for q in &s.questions {
        if let Body::Single { options, correct } = &q.body {
            let mut uniq = options.clone();
            uniq.sort();
            uniq.dedup();
            if options.len() < 3 || uniq.len() != options.len() || *correct >= options.len() {
                return Err(format!("bad options {options:?} / {correct}"));
            }
        }
    }
    let right = |i: usize| match &s.questions[i].body {
        Body::Single { options, correct } => options[*correct].clone(),
        _ => String::new(),
    };
    let (emoji, nom) = label(req.lang, &s.hero);
    let who_ok = match req.name {
        None => right(0) == format!("{emoji} {nom}"),
        Some(name) => right(0).starts_with(&emoji) && right(0).contains(name),
    };
    if !who_ok {
        return Err(format!("who: {}", right(0)));
    }
    let place = content(req.lang)
        .places
        .iter()
        .find(|p| p.id == s.place)
        .unwrap();
    if right(1) != format!("{} {}", place.emoji, place.name) {
        return Err(format!("where: {}", right(1)));
    }
    let (h_emoji, h_nom) = label(req.lang, helper);
    let named_helper = s.questions.iter().any(|q| match &q.body {
        Body::Single { options, correct } => options[*correct] == format!("{h_emoji} {h_nom}"),
        Body::Short { accepted } => {
            accepted.contains(&h_nom) && accepted.contains(&h_nom.to_lowercase())
        }
        _ => false,
    });
    if !named_helper {
        return Err(format!("no helper question naming {h_nom}"));
    }
    let talk = match req.age {
        Age::Young => s.talk.is_empty(),
        Age::Older => {
            (1..=2).contains(&s.talk.len()) && s.talk.iter().all(|t| !t.keywords.is_empty())
        }
    };
    if !talk {
        return Err(format!("talk: {:?}", s.talk));
    }
    Ok(())
}

#[test]
fn every_combination_writes_a_good_story() {
    let mut count = 0;
    for lang in Lang::ALL {
        let c = content(lang);
        for hero in &c.heroes {
            for place in &c.places {
                for theme in &c.themes {
                    for length in LENGTHS {
                        for age in AGES {
                            for seed in [0, 7, 1_000_003] {
                                let req = Request {
                                    lang,
                                    age,
                                    length,
                                    hero: Some(&hero.id),
                                    name: None,
                                    place: Some(&place.id),
                                    theme: Some(&theme.id),
                                    seed,
                                };
                                let (s, helper) = write(&req).unwrap();
                                assert_eq!(
                                    (&*s.hero, &*s.place, &*s.theme),
                                    (&*hero.id, &*place.id, &*theme.id)
                                );
                                assert_ne!(helper, hero.id);
                                if let Err(e) = check(&req, &s, &helper) {
                                    panic!(
                                        "{lang:?} {} {} {} {length:?} {age:?} {seed}: {e}",
                                        hero.id, place.id, theme.id
                                    );
                                }
                                count += 1;
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(count > 10_000, "{count}");
}

/// Prints a few stories: `cargo test -p kids --lib compose::tests::samples -- --ignored --nocapture`.
#[test]
#[ignore]
fn samples() {
    let seed = std::env::var("SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    for lang in Lang::ALL {
        for (length, age) in [(Length::Short, Age::Young), (Length::Medium, Age::Older)] {
            let req = Request {
                lang,
                age,
                length,
                hero: None,
                name: None,
                place: None,
                theme: None,
                seed,
            };
            let s = compose(&req).unwrap();
            println!(
                "== {lang:?} {length:?} {age:?}: {} ({}, {}, {})",
                s.title, s.hero, s.place, s.theme
            );
            for (p, e) in s.paragraphs.iter().zip(&s.pictures) {
                println!("{e} {p}");
            }
            println!("moral: {}", s.moral);
            for q in &s.questions {
                println!("? {} {}", q.prompt, serde_json::to_string(&q.body).unwrap());
            }
            for t in &s.talk {
                println!("talk: {} {:?}", t.prompt, t.keywords);
            }
        }
    }
    for (lang, name) in [(Lang::Uz, "Oybek"), (Lang::Ru, "Азиз")] {
        let req = Request {
            lang,
            age: Age::Young,
            length: Length::Short,
            hero: Some("hare"),
            name: Some(name),
            place: None,
            theme: None,
            seed,
        };
        println!("== named: {:?}", compose(&req).unwrap().paragraphs);
    }
    let abc = [
        "a", "b", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
        "t", "u", "v", "x", "y", "z", "oʻ", "gʻ", "sh", "ch", "ng", "ʼ",
    ]
    .map(String::from);
    for n in [15, 20, 30] {
        let s = decodable(&abc[..n], Age::Older, seed).unwrap();
        println!(
            "== decodable {n}: {}\n{:?}\n{:?}",
            s.title, s.paragraphs, s.pictures
        );
        for q in &s.questions {
            println!("? {} {}", q.prompt, serde_json::to_string(&q.body).unwrap());
        }
    }
}

/// Prints the range of word counts per language, length and age (for tuning the content).
#[test]
#[ignore]
fn word_ranges() {
    for lang in Lang::ALL {
        let c = content(lang);
        for length in LENGTHS {
            for age in AGES {
                let (mut lo, mut hi, mut long) = (usize::MAX, 0, 0);
                for hero in &c.heroes {
                    for theme in &c.themes {
                        for seed in 0..8 {
                            let req = Request {
                                lang,
                                age,
                                length,
                                hero: Some(&hero.id),
                                name: None,
                                place: None,
                                theme: Some(&theme.id),
                                seed,
                            };
                            let s = compose(&req).unwrap();
                            let n: usize = s.paragraphs.iter().map(|p| words(p)).sum();
                            lo = lo.min(n);
                            hi = hi.max(n);
                            long = long.max(
                                s.paragraphs
                                    .iter()
                                    .flat_map(|p| sentences(p))
                                    .map(|x| words(&x))
                                    .max()
                                    .unwrap_or(0),
                            );
                        }
                    }
                }
                println!("{lang:?} {length:?} {age:?}: {lo}..{hi} words, longest sentence {long}");
            }
        }
    }
}

/// Prints one story per theme: `LANG=ru HERO=fox AGE=older LEN=medium SEED=1 cargo test … all_themes -- --ignored --nocapture`.
#[test]
#[ignore]
fn all_themes() {
    let var = |k: &str, d: &str| std::env::var(k).unwrap_or_else(|_| d.to_string());
    let lang = Lang::parse(&var("LANG_", "ru")).unwrap();
    let age = if var("AGE", "older") == "older" {
        Age::Older
    } else {
        Age::Young
    };
    let length = if var("LEN", "medium") == "medium" {
        Length::Medium
    } else {
        Length::Short
    };
    let (hero, name, place) = (
        var("HERO", "fox"),
        std::env::var("NAME").ok(),
        var("PLACE", "meadow"),
    );
    let seed = var("SEED", "1").parse().unwrap();
    for theme in &content(lang).themes {
        let req = Request {
            lang,
            age,
            length,
            hero: Some(&hero),
            name: name.as_deref(),
            place: Some(&place),
            theme: Some(&theme.id),
            seed,
        };
        let s = compose(&req).unwrap();
        println!("== {}\n{}\n", s.title, s.paragraphs.join("\n"));
    }
}
