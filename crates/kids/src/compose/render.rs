//! The slot language of the content files.
//!
//! - `{role.form}`: a form of a role (`{hero.dat}`, `{place.in}`); `{Hero.dat}` capitalises it.
//! - `{role:m|f|n}`: the word agreeing with the role's gender (`{hero:пошёл|пошла}`).
//! - `[one|two|three]`: one of the alternatives, picked by the seed.
//!
//! A slot the roles do not define is left as written, braces and all, so a test sees it.

use super::content::{Gender, Variant};
use super::grammar::Role;
use super::rng::Rng;
use crate::model::Age;

/// The roles a template may name.
pub(crate) struct Ctx<'a> {
    pub roles: Vec<(&'a str, &'a Role)>,
}

impl Ctx<'_> {
    fn role(&self, name: &str) -> Option<&Role> {
        self.roles.iter().find(|(n, _)| *n == name).map(|(_, r)| *r)
    }
}

/// `text` with its first letter in upper case.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Renders the sentences of a variant meant for `age`, joined by spaces.
pub(crate) fn variant(v: &Variant, age: Age, ctx: &Ctx, rng: &mut Rng) -> String {
    let mut parts = Vec::new();
    for sentence in v {
        let text = match (sentence.strip_prefix("y:"), sentence.strip_prefix("o:")) {
            (Some(t), _) if age == Age::Young => t,
            (_, Some(t)) if age == Age::Older => t,
            (Some(_), _) | (_, Some(_)) => continue,
            _ => sentence.as_str(),
        };
        parts.push(render(text.trim(), ctx, rng));
    }
    parts.join(" ")
}

/// Fills the slots and alternatives of one template.
pub(crate) fn render(template: &str, ctx: &Ctx, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = rest.find(['{', '[']) {
        out.push_str(&rest[..i]);
        let open = rest.as_bytes()[i];
        let Some(len) = closing(&rest[i..]) else {
            out.push_str(&rest[i..]);
            return out;
        };
        let inner = &rest[i + 1..i + len];
        if open == b'[' {
            let alts = split_top(inner);
            out.push_str(&render(rng.pick::<&str>(&alts), ctx, rng));
        } else {
            match slot(inner, ctx) {
                Some(v) => out.push_str(&v),
                None => out.push_str(&rest[i..=i + len]),
            }
        }
        rest = &rest[i + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The byte offset of the bracket closing the one `text` starts with.
fn closing(text: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits alternatives on the `|` that are not inside a `{…}` slot.
fn split_top(inner: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth -= 1,
            '|' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
}

fn slot(inner: &str, ctx: &Ctx) -> Option<String> {
    if let Some((name, alts)) = inner.split_once(':') {
        let role = ctx.role(name)?;
        let alts: Vec<&str> = alts.split('|').collect();
        let i = match role.gender {
            Gender::M => 0,
            Gender::F => 1,
            Gender::N => 2,
        };
        return alts.get(i).map(|s| s.to_string());
    }
    let (name, form) = inner.split_once('.')?;
    let upper = name.starts_with(|c: char| c.is_uppercase());
    let role = ctx.role(&name.to_lowercase())?;
    let value = role.form(form)?;
    Some(if upper {
        capitalize(value)
    } else {
        value.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_alternatives_and_gender() {
        let mut fox = Role {
            gender: Gender::F,
            ..Role::default()
        };
        fox.forms.insert("nom".into(), "лисичка".into());
        let ctx = Ctx {
            roles: vec![("hero", &fox)],
        };
        let mut rng = Rng::new(1, 0);
        let out = render(
            "{Hero.nom} [{hero:пошёл|пошла}|{hero:побежал|побежала}].",
            &ctx,
            &mut rng,
        );
        assert!(
            out == "Лисичка пошла." || out == "Лисичка побежала.",
            "{out}"
        );
        assert_eq!(
            render("{hero.dat} {helper.nom}", &ctx, &mut rng),
            "{hero.dat} {helper.nom}"
        );
    }

    #[test]
    fn sentences_by_age() {
        let v: Variant = vec!["A.".into(), "y:B.".into(), "o:C.".into()];
        let ctx = Ctx { roles: vec![] };
        let mut rng = Rng::new(1, 0);
        assert_eq!(variant(&v, Age::Young, &ctx, &mut rng), "A. B.");
        assert_eq!(variant(&v, Age::Older, &ctx, &mut rng), "A. C.");
    }
}
