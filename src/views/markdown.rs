//! Motion texts are Markdown. They are rendered, then sanitised with an
//! allow-list (ammonia): no script, no event handler, no raw HTML survives.

use pulldown_cmark::{html, Options, Parser};

/// Markdown to safe HTML.
pub fn render(markdown: &str) -> String {
    let mut unsafe_html = String::with_capacity(markdown.len() * 2);
    html::push_html(
        &mut unsafe_html,
        Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH),
    );
    clean(&unsafe_html)
}

/// Markdown to safe HTML that refers to nothing outside itself, for a
/// document kept apart from plenum (the minutes): an image becomes its
/// description and address as text, a link its text and address, and raw
/// HTML reads as text, as in `minutes.md`.
pub fn render_self_contained(markdown: &str) -> String {
    use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};
    let mut ends: Vec<String> = Vec::new();
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).filter_map(|e| {
        Some(match e {
            Event::Start(Tag::Image { dest_url, .. }) => {
                ends.push(format!(" (image: {dest_url})"));
                return None;
            }
            Event::Start(Tag::Link { link_type, dest_url, .. }) => {
                // An autolink's text is its address already.
                let told = matches!(link_type, LinkType::Autolink | LinkType::Email);
                ends.push(if told { String::new() } else { format!(" ({dest_url})") });
                return None;
            }
            Event::End(TagEnd::Image | TagEnd::Link) => Event::Text(CowStr::from(ends.pop().unwrap_or_default())),
            Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
            other => other,
        })
    });
    let mut unsafe_html = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut unsafe_html, events);
    clean(&unsafe_html)
}

fn clean(unsafe_html: &str) -> String {
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn markdown_renders() {
        let html = render("The assembly adopts the **budget** of EUR 1,240,000.\n\n- item one\n- item two");
        assert!(html.contains("<strong>budget</strong>") && html.contains("<li>item one</li>"), "{html}");
    }

    #[test]
    fn no_script_survives() {
        for attack in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://example.org\"></iframe>",
            "<svg onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
        ] {
            let html = render(attack).to_lowercase();
            for bad in ["<script", "onerror", "javascript:", "<iframe", "onload", "style="] {
                assert!(!html.contains(bad), "{attack} -> {html}");
            }
        }
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_yields_a_script(s in ".{0,200}") {
            let html = render(&format!("{s}<script>x</script>{s}")).to_lowercase();
            prop_assert!(!html.contains("<script"));
        }
    }
}
