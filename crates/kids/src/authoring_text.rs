//! A teacher's Markdown turned into the plain paragraphs a story is read in: each Markdown
//! paragraph (or heading, list item, quote, code block) one paragraph, formatting marks and
//! link targets dropped, raw HTML dropped whole, whitespace collapsed. The reader lights up
//! each word of these paragraphs, so nothing but words and punctuation may remain.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The most Markdown a story's text may have, in characters.
pub const TEXT_MAX: usize = 6000;

/// The most paragraphs a story may have.
pub const PARAGRAPHS_MAX: usize = 20;

/// The plain paragraphs of `markdown`, empty ones left out.
pub fn paragraphs(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    // Inside an inline <script> or <style>: its text is code, not words.
    let mut hidden = false;
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::InlineHtml(h) => {
                let tag = h.trim_start().to_ascii_lowercase();
                if tag.starts_with("<script") || tag.starts_with("<style") {
                    hidden = true;
                } else if tag.starts_with("</script") || tag.starts_with("</style") {
                    hidden = false;
                }
            }
            Event::Text(_) | Event::Code(_) if hidden => {}
            Event::Text(t) | Event::Code(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            // A list item, and text before a nested list, each stand alone.
            Event::Start(Tag::Item | Tag::List(_))
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            )
            | Event::Rule => flush(&mut current, &mut out),
            // Raw HTML, task-list boxes, footnote marks: none of it is read to a child.
            _ => {}
        }
    }
    flush(&mut current, &mut out);
    out
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !text.is_empty() {
        out.push(text);
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn each_markdown_paragraph_is_one_plain_paragraph() {
        let md =
            "# Quyon\n\nBir kuni *quyoncha* **bogʻga**\nbordi.\n\nU [sabzi](https://a.uz) topdi.";
        assert_eq!(
            paragraphs(md),
            ["Quyon", "Bir kuni quyoncha bogʻga bordi.", "U sabzi topdi."]
        );
    }

    #[test]
    fn list_items_and_quotes_stand_alone() {
        let md = "- one\n- two\n  - three\n\n> said the fox\n\n---\n\n`code` end";
        assert_eq!(
            paragraphs(md),
            ["one", "two", "three", "said the fox", "code end"]
        );
    }

    #[test]
    fn raw_html_is_dropped_whole() {
        let md =
            "<div onclick=\"x()\">\n<script>alert(1)</script>\n</div>\n\nHi <b>there</b> friend.";
        assert_eq!(paragraphs(md), ["Hi there friend."]);
        assert!(paragraphs("<!-- note -->").is_empty());
        let inline = "Hi <script>alert(1)</script> and <STYLE>b{}</STYLE> friend.";
        assert_eq!(paragraphs(inline), ["Hi and friend."]);
    }

    #[test]
    fn blank_text_has_no_paragraphs() {
        assert!(paragraphs("  \n\n \t\n").is_empty());
    }
}
