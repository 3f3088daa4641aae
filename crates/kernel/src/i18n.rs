//! The three interface languages and their Fluent catalogues.
//!
//! Each domain ships `.ftl` files under `locales/{uz,ru,en}/` and hands them to [`Catalog::new`]
//! at start-up. Unicode isolation marks are off: they show up as stray boxes on cheap phones.

use std::collections::BTreeSet;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};

/// An interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Uzbek in Latin script, the default.
    #[default]
    Uz,
    Ru,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Uz, Lang::Ru, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Uz => "uz",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language's own name, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Uz => "Oʻzbekcha",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "uz" | "uz-latn" | "uz-uz" => Some(Lang::Uz),
            "ru" | "ru-ru" => Some(Lang::Ru),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// First supported language in an `Accept-Language` header, honouring its order.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut choices: Vec<(f32, Lang)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let primary = tag.split('-').next()?.to_ascii_lowercase();
                let lang = Lang::parse(&primary)?;
                let q = pieces
                    .find_map(|p| {
                        p.trim()
                            .strip_prefix("q=")
                            .and_then(|q| q.parse::<f32>().ok())
                    })
                    .unwrap_or(1.0);
                Some((q, lang))
            })
            .collect();
        choices.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        choices.first().map(|(_, l)| *l)
    }
}

/// One `.ftl` file for one language.
#[derive(Clone, Copy, Debug)]
pub struct Resource {
    pub lang: Lang,
    pub name: &'static str,
    pub text: &'static str,
}

/// Every message of every domain, in the three languages.
pub struct Catalog {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
    keys: Vec<(Lang, BTreeSet<String>)>,
}

impl Catalog {
    /// Parses all resources; a syntax error or a key defined twice is reported by file name.
    pub fn new(resources: &[Resource]) -> Result<Self, String> {
        let mut bundles = Vec::new();
        let mut keys = Vec::new();
        for lang in Lang::ALL {
            let id = lang.code().parse().map_err(|e| format!("{e:?}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            let mut lang_keys = BTreeSet::new();
            for res in resources.iter().filter(|r| r.lang == lang) {
                let parsed = FluentResource::try_new(res.text.to_string())
                    .map_err(|(_, errs)| format!("{}/{}: {errs:?}", lang.code(), res.name))?;
                for entry in parsed.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        lang_keys.insert(m.id.name.to_string());
                    }
                }
                bundle
                    .add_resource(parsed)
                    .map_err(|errs| format!("{}/{}: {errs:?}", lang.code(), res.name))?;
            }
            bundles.push((lang, bundle));
            keys.push((lang, lang_keys));
        }
        Ok(Self { bundles, keys })
    }

    /// Message keys defined for a language.
    pub fn keys(&self, lang: Lang) -> &BTreeSet<String> {
        &self
            .keys
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("every language has keys")
            .1
    }

    pub fn has(&self, lang: Lang, key: &str) -> bool {
        self.keys(lang).contains(key)
    }

    /// The message in a language, or its key (logged) when it is missing.
    pub fn get(&self, lang: Lang, key: &str, args: &[(&str, String)]) -> String {
        let bundle = &self
            .bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("bundle")
            .1;
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            tracing::warn!(i18n.key = key, i18n.lang = lang.code(), "missing message");
            return key.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value.parse::<i64>() {
                Ok(n) => fargs.set(*name, n),
                Err(_) => fargs.set(*name, value.clone()),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(i18n.key = key, ?errors, "message formatting problem");
        }
        text.into_owned()
    }
}

/// A translator bound to one request's language and reader.
///
/// Every message gets a `$viewer` argument, `child` for a student and `adult` for everyone
/// else (guests included), so a message seen by both can pick its form of address:
/// `{ $viewer -> [child] Salom! *[other] Assalomu alaykum! }` (*sen*/*ты* for children,
/// *siz*/*вы* for grown-ups).
#[derive(Clone)]
pub struct Tr {
    catalog: Arc<Catalog>,
    pub lang: Lang,
    viewer: &'static str,
}

impl Tr {
    pub fn new(catalog: Arc<Catalog>, lang: Lang) -> Self {
        Self {
            catalog,
            lang,
            viewer: "adult",
        }
    }

    /// The same translator for a reader of this role (`None`: a guest).
    pub fn for_role(mut self, role: Option<crate::auth::Role>) -> Self {
        self.viewer = match role {
            Some(crate::auth::Role::Student) => "child",
            _ => "adult",
        };
        self
    }

    /// The message for `key`.
    pub fn t(&self, key: &str) -> String {
        self.ta(key, &[])
    }

    /// The message for `key` with arguments.
    pub fn ta(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.extend_from_slice(args);
        all.push(("viewer", self.viewer.to_string()));
        self.catalog.get(self.lang, key, &all)
    }
}

/// Fluent resources in all three languages, read from `locales/{uz,ru,en}/<file>` at build
/// time: `ftl!("exams.ftl", "exams-pages.ftl")`. Every domain declares its files with it.
#[macro_export]
macro_rules! ftl {
    ($($file:literal),* $(,)?) => {
        &[$(
            $crate::i18n::Resource { lang: $crate::i18n::Lang::Uz, name: $file, text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/uz/", $file)) },
            $crate::i18n::Resource { lang: $crate::i18n::Lang::Ru, name: $file, text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/ru/", $file)) },
            $crate::i18n::Resource { lang: $crate::i18n::Lang::En, name: $file, text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/en/", $file)) },
        )*]
    };
}

/// The kernel's own messages: layout, errors, field problems, values.
pub const RESOURCES: &[Resource] = crate::ftl!(
    "common.ftl",
    "http.ftl",
    "kernel-values.ftl",
    "kernel-dates.ftl",
    "kernel-trust.ftl"
);

/// The request's language, as settled by the context layer.
impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<Lang>().copied().unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_preferred_supported_language() {
        assert_eq!(
            Lang::from_accept_language("ru-RU,ru;q=0.9,en;q=0.8"),
            Some(Lang::Ru)
        );
        assert_eq!(
            Lang::from_accept_language("de;q=1, en;q=0.5, uz;q=0.7"),
            Some(Lang::Uz)
        );
        assert_eq!(Lang::from_accept_language("de, fr"), None);
    }

    #[test]
    fn messages_format_without_isolation_marks() {
        let res = [Resource {
            lang: Lang::En,
            name: "t.ftl",
            text: "hi = Hello, { $name }!\n",
        }];
        let catalog = Catalog::new(&res).unwrap();
        assert_eq!(
            catalog.get(Lang::En, "hi", &[("name", "Ali".into())]),
            "Hello, Ali!"
        );
        assert_eq!(catalog.get(Lang::Ru, "hi", &[]), "hi");
    }
}
