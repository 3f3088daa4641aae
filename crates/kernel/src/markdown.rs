//! Markdown to sanitised HTML for lessons, olympiad texts and stories.
//!
//! Sanitising happens on the parser's events, before any HTML exists: raw HTML in the source
//! is shown as text, links keep only http, https, mailto and relative targets, and images load
//! only from `/static/`, `/media/` or https. What comes out is a [`SafeHtml`], which askama
//! prints without escaping; nothing else in the code base should be.

use std::fmt;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

/// HTML made by [`render`]: safe to print into a page as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct SafeHtml(String);

impl SafeHtml {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for SafeHtml {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Tells askama this value is already HTML, so `{{ body }}` needs no `|safe`.
impl askama::filters::HtmlSafe for SafeHtml {}

/// Renders Markdown (CommonMark with tables, strikethrough and task lists) to safe HTML.
pub fn render(markdown: &str) -> SafeHtml {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut in_dropped_image = 0usize;
    let events = Parser::new_ext(markdown, options).filter_map(|event| {
        Some(match event {
            // Raw HTML is shown as the text it is; an HTML block becomes a paragraph of it.
            Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
            Event::Start(Tag::HtmlBlock) => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) => Event::End(TagEnd::Paragraph),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Link {
                link_type,
                dest_url: safe_link(&dest_url).map_or(CowStr::Borrowed("#"), CowStr::from),
                title,
                id,
            }),
            // An image from elsewhere is dropped; its alt text stays as plain text.
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => match safe_image(&dest_url) {
                Some(url) if in_dropped_image == 0 => Event::Start(Tag::Image {
                    link_type,
                    dest_url: CowStr::from(url),
                    title,
                    id,
                }),
                _ => {
                    in_dropped_image += 1;
                    return None;
                }
            },
            Event::End(TagEnd::Image) if in_dropped_image > 0 => {
                in_dropped_image -= 1;
                return None;
            }
            other => other,
        })
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    SafeHtml(html)
}

/// The URL without the characters browsers silently drop (tabs, newlines, controls), which
/// could otherwise hide a `java\tscript:` scheme.
fn cleaned(url: &str) -> String {
    url.chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect()
}

/// The scheme of a URL, lower-cased, if it has one (`mailto:x` → `mailto`; `/a:b` has none).
fn scheme(url: &str) -> Option<String> {
    let end = url.find([':', '/', '?', '#'])?;
    url[end..]
        .starts_with(':')
        .then(|| url[..end].to_ascii_lowercase())
}

/// A link target if it is http(s), mailto or relative.
fn safe_link(url: &str) -> Option<String> {
    let url = cleaned(url);
    match scheme(&url).as_deref() {
        None | Some("http" | "https" | "mailto") => Some(url),
        Some(_) => None,
    }
}

/// An image source if it is ours (`/static/`, `/media/`) or https.
fn safe_image(url: &str) -> Option<String> {
    let url = cleaned(url);
    let lower = url.to_ascii_lowercase();
    let ours =
        (lower.starts_with("/static/") || lower.starts_with("/media/")) && !url.contains('\\');
    (ours || lower.starts_with("https://")).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::render;

    const ALLOWED_TAGS: &[&str] = &[
        "p",
        "a",
        "em",
        "strong",
        "del",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "br",
        "img",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "input",
    ];
    const ALLOWED_ATTRS: &[&str] = &[
        "href", "src", "alt", "title", "start", "type", "checked", "disabled", "style", "class",
    ];

    /// Every tag in the output is one we expect, with attributes we expect, and no URL
    /// attribute holds a script scheme.
    fn assert_clean(markdown: &str) -> String {
        let html = render(markdown).into_string();
        let mut rest = html.as_str();
        while let Some(start) = rest.find('<') {
            let end = rest[start..].find('>').expect("unclosed tag") + start;
            let tag = &rest[start + 1..end];
            let name = tag
                .trim_start_matches('/')
                .split([' ', '/'])
                .next()
                .unwrap();
            assert!(ALLOWED_TAGS.contains(&name), "tag <{name}> in {html}");
            for (attr_name, value) in attributes(tag) {
                assert!(
                    ALLOWED_ATTRS.contains(&attr_name.as_str()),
                    "attribute {attr_name} in {html}"
                );
                let lower = value.to_ascii_lowercase();
                assert!(
                    !lower.contains("javascript:") && !lower.contains("data:"),
                    "{html}"
                );
            }
            rest = &rest[end + 1..];
        }
        html
    }

    /// Name and value of each attribute in `a href="x" title="y z"`.
    fn attributes(tag: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut chars = tag.chars().skip_while(|c| *c != ' ').peekable();
        loop {
            while chars.peek() == Some(&' ') || chars.peek() == Some(&'/') {
                chars.next();
            }
            let name: String =
                std::iter::from_fn(|| chars.next_if(|c| *c != '=' && *c != ' ')).collect();
            if name.is_empty() {
                return out;
            }
            let mut value = String::new();
            if chars.next_if_eq(&'=').is_some() {
                assert_eq!(chars.next(), Some('"'), "unquoted attribute in <{tag}>");
                value = std::iter::from_fn(|| chars.next_if(|c| *c != '"')).collect();
                chars.next();
            }
            out.push((name, value));
        }
    }

    #[test]
    fn renders_ordinary_markdown() {
        let html = assert_clean(
            "# Alifbo\n\n**Harflar** va _tovushlar_, [dars](/lessons/1).\n\n- bir\n- ikki\n",
        );
        assert!(html.contains("<h1>Alifbo</h1>"));
        assert!(html.contains("<strong>Harflar</strong>"));
        assert!(html.contains(r#"<a href="/lessons/1">dars</a>"#));
        assert!(html.contains("<li>ikki</li>"));
        let table = assert_clean("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(table.contains("<td>2</td>"));
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = assert_clean("<script>alert(1)</script>");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        let html = assert_clean("Look: <img src=x onerror=alert(1)> here");
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        let html = assert_clean("<div onmouseover=\"alert(1)\">\n*hi*\n</div>");
        assert!(!html.contains("<div"), "{html}");
        assert_clean("<svg/onload=alert(1)>");
        assert_clean("<iframe src=\"javascript:alert(1)\"></iframe>");
        assert_clean("<!-- comment --><style>body{}</style>");
    }

    #[test]
    fn nested_html_in_lists_and_quotes_is_text() {
        let html = assert_clean("- one <b onclick=alert(1)>bold</b>\n  - <script>x</script>\n> <a href=javascript:alert(1)>q</a>");
        assert!(html.contains("&lt;b onclick=alert(1)&gt;"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn script_links_become_hash() {
        for md in [
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](java&#x09;script:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](javascript&#58;alert(1))",
            "[x](<java\u{0}script:alert(1)>)",
            "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
        ] {
            let html = assert_clean(md);
            assert!(html.contains(r##"href="#""##), "{md} gave {html}");
        }
    }

    #[test]
    fn safe_links_are_kept() {
        let html = assert_clean("[a](https://alif24.uz/x?y=1) [b](mailto:a@b.uz) <https://kun.uz> <ota@example.uz> [c](#top) [d](../up)");
        assert!(html.contains(r#"href="https://alif24.uz/x?y=1""#), "{html}");
        assert!(html.contains(r#"href="mailto:a@b.uz""#), "{html}");
        assert!(html.contains(r#"href="https://kun.uz""#), "{html}");
        assert!(html.contains(r#"href="mailto:ota@example.uz""#), "{html}");
        assert!(html.contains(r##"href="#top""##), "{html}");
        assert!(html.contains(r#"href="../up""#), "{html}");
    }

    #[test]
    fn images_only_from_our_folders_or_https() {
        let html = assert_clean(
            "![olma](/static/img/olma.png) ![b](/media/u/1.jpg) ![c](https://cdn.alif24.uz/c.png)",
        );
        assert_eq!(html.matches("<img").count(), 3, "{html}");
        for md in [
            "![x](javascript:alert(1))",
            "![x](data:image/png;base64,iVBORw0KGgo=)",
            "![x](http://evil.example/x.png)",
            "![x](//evil.example/x.png)",
            "![x](/admin/delete)",
            "![x](x.png)",
        ] {
            let html = assert_clean(md);
            assert!(!html.contains("<img"), "{md} gave {html}");
            assert!(html.contains('x'), "alt text kept: {html}");
        }
        // A dropped image's alt text may hold another image; neither is drawn.
        let html = assert_clean("![a ![b](/static/b.png)](http://evil.example/a.png)");
        assert!(!html.contains("<img"), "{html}");
    }

    #[test]
    fn entity_and_attribute_tricks_stay_text() {
        let html = assert_clean("&lt;script&gt;alert(1)&lt;/script&gt;");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        let html = assert_clean("[x](https://a.uz \"t\\\" onmouseover=\\\"alert(1)\")");
        assert!(html.contains("&quot; onmouseover=&quot;"), "{html}");
        let html = assert_clean("`<script>`");
        assert!(html.contains("<code>&lt;script&gt;</code>"), "{html}");
    }
}
