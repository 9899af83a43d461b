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
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&unsafe_html)
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
