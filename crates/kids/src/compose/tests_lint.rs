//! The content files themselves: the same ids in every language, enough of everything, and
//! every variant of every beat renders with every hero, helper and place, short enough for
//! its age; plus determinism, variety, unknown ids and typed names.

use super::content::{content, Variant};
use super::grammar;
use super::render::{self, Ctx};
use super::rng::Rng;
use super::tests::{check, script_ok, sentences, words, AGES, LENGTHS};
use super::*;

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|t| id(t).to_string()).collect()
}

#[test]
fn same_ids_and_enough_content_in_every_language() {
    let en = content(Lang::En);
    for lang in Lang::ALL {
        let c = content(lang);
        assert!(c.heroes.len() >= 12 && c.places.len() >= 10 && c.themes.len() >= 8);
        assert_eq!(ids(&c.heroes, |h| &h.id), ids(&en.heroes, |h| &h.id));
        assert_eq!(ids(&c.places, |p| &p.id), ids(&en.places, |p| &p.id));
        assert_eq!(ids(&c.themes, |t| &t.id), ids(&en.themes, |t| &t.id));
        for t in &c.themes {
            assert!(
                t.talk.len() >= 2 && !t.titles.is_empty() && !t.morals.is_empty(),
                "{}",
                t.id
            );
            for p in &t.plots {
                for beat in ["problem", "try", "help", "act", "end"] {
                    assert!(
                        p.beats.get(beat).is_some_and(|v| v.len() >= 2),
                        "{lang:?} {} {beat}",
                        p.problem
                    );
                }
                assert!(p.facts.iter().any(|f| f.answer) && p.facts.iter().any(|f| !f.answer));
            }
        }
        for beat in ["open", "scene", "home"] {
            assert!(
                c.beats.get(beat).is_some_and(|v| v.len() >= 2),
                "{lang:?} {beat}"
            );
        }
        if lang == Lang::Ru {
            for h in &c.heroes {
                assert!(h.gender != content::Gender::N, "{}", h.id);
                for case in ["nom", "gen", "dat", "acc", "ins", "pre"] {
                    assert!(h.forms.contains_key(case), "{} {case}", h.id);
                }
            }
        }
    }
}

/// Every variant of every beat, the titles, morals, facts, problems, talk and quiz prompts,
/// rendered for every hero (named and not) with another hero as helper, at every place.
#[test]
fn every_variant_renders_for_every_cast() {
    for lang in Lang::ALL {
        let c = content(lang);
        let mut templates: Vec<(&Variant, bool)> =
            c.beats.values().flatten().map(|v| (v, true)).collect();
        let mut lines: Vec<&String> = vec![
            &c.quiz.who,
            &c.quiz.place,
            &c.quiz.helper,
            &c.quiz.helper_short,
        ];
        lines.extend([&c.quiz.problem, &c.quiz.fact]);
        for t in &c.themes {
            lines.extend(
                t.titles
                    .iter()
                    .chain(&t.morals)
                    .chain(t.talk.iter().map(|t| &t.prompt)),
            );
            for p in &t.plots {
                templates.extend(p.beats.values().flatten().map(|v| (v, true)));
                lines.extend(p.facts.iter().map(|f| &f.text).chain([&p.problem]));
            }
        }
        let name = match lang {
            Lang::Ru => "Азиз",
            _ => "Aziz",
        };
        for (i, hero) in c.heroes.iter().enumerate() {
            let helper = &c.heroes[(i + 1) % c.heroes.len()];
            for named in [None, Some(name)] {
                let hr = grammar::hero(lang, hero, named, &c.named);
                let he = grammar::hero(lang, helper, None, &c.named);
                for place in &c.places {
                    let (pr, tr) = (grammar::place(place), grammar::thing(place));
                    let ctx = Ctx {
                        roles: vec![
                            ("hero", &hr),
                            ("helper", &he),
                            ("place", &pr),
                            ("thing", &tr),
                        ],
                    };
                    for seed in 0..3 {
                        let mut rng = Rng::new(seed, 9);
                        for line in &lines {
                            let out = render::render(line, &ctx, &mut rng).replace("{fact}", "");
                            assert!(!out.contains(['{', '}', '[', ']']), "{lang:?}: {out}");
                            script_ok(lang, &out).unwrap();
                        }
                        for (v, _) in &templates {
                            for age in AGES {
                                let out = render::variant(v, age, &ctx, &mut rng);
                                assert!(!out.contains(['{', '}', '[', ']']), "{lang:?}: {out}");
                                script_ok(lang, &out).unwrap();
                                let limit = if age == Age::Young { 10 } else { 22 }
                                    + if named.is_some() { 2 } else { 0 };
                                for s in sentences(&out) {
                                    assert!(
                                        words(&s) <= limit,
                                        "{lang:?} {age:?} {}: {s}",
                                        words(&s)
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn req(lang: Lang, seed: u64) -> Request<'static> {
    Request {
        lang,
        age: Age::Young,
        length: Length::Short,
        hero: None,
        name: None,
        place: None,
        theme: None,
        seed,
    }
}

#[test]
fn same_seed_same_story_and_seeds_vary() {
    for lang in Lang::ALL {
        assert_eq!(compose(&req(lang, 42)), compose(&req(lang, 42)));
        let c = content(lang);
        for hero in &c.heroes {
            for theme in &c.themes {
                let texts: std::collections::BTreeSet<Vec<String>> = (0..6)
                    .map(|seed| {
                        let r = Request {
                            hero: Some(&hero.id),
                            theme: Some(&theme.id),
                            place: Some("forest"),
                            ..req(lang, seed)
                        };
                        compose(&r).unwrap().paragraphs
                    })
                    .collect();
                assert!(texts.len() >= 2, "{lang:?} {} {}", hero.id, theme.id);
            }
        }
    }
}

#[test]
fn unknown_ids_are_errors() {
    let base = req(Lang::Uz, 1);
    assert_eq!(
        compose(&Request {
            hero: Some("dragon"),
            ..base
        }),
        Err(ComposeError::Unknown("hero"))
    );
    assert_eq!(
        compose(&Request {
            place: Some("mars"),
            ..base
        }),
        Err(ComposeError::Unknown("place"))
    );
    assert_eq!(
        compose(&Request {
            theme: Some("war"),
            ..base
        }),
        Err(ComposeError::Unknown("theme"))
    );
    assert_eq!(
        choices(Lang::Ru).heroes.len(),
        content(Lang::Ru).heroes.len()
    );
}

#[test]
fn typed_names_are_used_and_declined() {
    for (lang, name) in [
        (Lang::Uz, "Aziz"),
        (Lang::Uz, "Oybek"),
        (Lang::Uz, "Siddiq"),
        (Lang::Ru, "Азиз"),
        (Lang::En, "Aziz"),
    ] {
        for theme in &content(lang).themes {
            for (length, age) in LENGTHS.into_iter().flat_map(|l| AGES.map(|a| (l, a))) {
                let r = Request {
                    hero: Some("hare"),
                    name: Some(name),
                    theme: Some(&theme.id),
                    length,
                    age,
                    ..req(lang, 5)
                };
                let (s, helper) = story::write(&r).unwrap();
                check(&r, &s, &helper)
                    .unwrap_or_else(|e| panic!("{lang:?} {name} {}: {e}", theme.id));
                let text = s.paragraphs.join(" ");
                assert!(text.contains(name), "{text}");
                let intro = match lang {
                    Lang::Uz => format!("{name} ismli quyoncha"),
                    Lang::Ru => format!("зайчик по имени {name}"),
                    Lang::En => format!("a little hare called {name}"),
                };
                assert!(
                    text.to_lowercase().contains(&intro.to_lowercase()),
                    "{text}"
                );
                if lang == Lang::Uz {
                    let dat = grammar::uz_dative(name);
                    let all = texts_of(&s);
                    assert!(all.contains(&dat), "{dat} not in {all}");
                    assert!(!all.contains(&format!("{name}ga")) || !name.ends_with(['k', 'q']));
                }
            }
        }
    }
    assert_eq!(grammar::uz_dative("Oybek"), "Oybekka");
    assert_eq!(grammar::uz_dative("Siddiq"), "Siddiqqa");
    let r = Request {
        hero: Some("hare"),
        name: Some("G'ayrat"),
        ..req(Lang::Uz, 3)
    };
    assert!(compose(&r)
        .unwrap()
        .paragraphs
        .join(" ")
        .contains("Gʻayrat"));
}

fn texts_of(s: &Story) -> String {
    super::tests::texts(s).join(" ")
}
