//! Fills `{placeholder}` templates from the content files. An unknown placeholder stays as
//! written, so the content tests catch it.

/// Replaces each `{key}` by `lookup(key)`.
pub fn fill(template: &str, lookup: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match lookup(key) {
                    Some(value) => out.push_str(&value),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Fills a template from fixed `(key, value)` pairs.
pub fn fill_pairs(template: &str, pairs: &[(&str, &str)]) -> String {
    fill(template, |key| {
        pairs
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_known_keys_and_keeps_unknown_ones() {
        let out = fill_pairs("{a} + {b} = {c", &[("a", "7"), ("b", "5")]);
        assert_eq!(out, "7 + 5 = {c");
        assert_eq!(fill_pairs("x {zz} y", &[]), "x {zz} y");
        assert_eq!(fill_pairs("«{w}»", &[("w", "Oʻrdak")]), "«Oʻrdak»");
    }
}
