//! The minutes as Markdown.

use super::Block;

/// Plain text (a name, a title, a sentence) as Markdown that reads as that
/// text: characters that would start markup (an HTML tag, a link or image,
/// emphasis, code) are backslash-escaped, so a title holding
/// `<img onerror=…>` stays text in any Markdown viewer.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A Markdown text (a motion's, the narrative) as it goes into the minutes:
/// Markdown still, but no viewer renders HTML from it, fetches anything or
/// follows a link that runs something. Raw HTML, inline or as a block, is
/// made text (its `<` written `&lt;`); an image becomes its description and
/// address as text, and so does a link to anything but `http:`, `https:` or
/// `mailto:` (a `javascript:` link). The rest is copied as written. Read
/// with pulldown-cmark's events, so only what a CommonMark reader takes for
/// HTML, an image or a link is touched: a `<` in code stays as it is. Made
/// text, an HTML block can reveal an image it held (`<p>![x](url)</p>`), so
/// the text is read again until nothing changes; a text that still changes
/// after a few readings is written as plain text.
pub(crate) fn markdown_text(md: &str) -> String {
    let mut current = md.to_string();
    for _ in 0..8 {
        let next = one_pass(&current);
        if next == current {
            return next;
        }
        current = next;
    }
    text(md)
}

/// Whether a link's address is one a reader may follow.
fn safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme))
}

/// One reading of [`markdown_text`].
fn one_pass(md: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = String::with_capacity(md.len());
    let mut copied = 0;
    // An image, or a link not to follow, being read: where it starts, what
    // it is, its address, its description.
    let mut made_text: Option<(usize, &str, String, String)> = None;
    for (event, range) in Parser::new_ext(md, super::MARKDOWN_OPTIONS).into_offset_iter() {
        if let Some((start, what, url, alt)) = &mut made_text {
            match event {
                Event::End(TagEnd::Image | TagEnd::Link) if range.start == *start => {
                    out.push_str(&md[copied..*start]);
                    out.push_str(&text(&format!("{alt} ({what}: {url})")));
                    copied = range.end;
                    made_text = None;
                }
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Image { dest_url, .. }) if range.start >= copied => {
                made_text = Some((range.start, "image", dest_url.to_string(), String::new()));
            }
            Event::Start(Tag::Link { dest_url, .. }) if range.start >= copied && !safe_link(&dest_url) => {
                made_text = Some((range.start, "link", dest_url.to_string(), String::new()));
            }
            Event::Html(_) | Event::InlineHtml(_) if range.start >= copied => {
                out.push_str(&md[copied..range.start]);
                out.push_str(&md[range.clone()].replace('<', "&lt;"));
                copied = range.end;
            }
            _ => {}
        }
    }
    out.push_str(&md[copied..]);
    out
}

fn cell(s: &str) -> String {
    text(s).replace('|', "\\|").replace('\n', " ")
}

/// Renders the blocks as Markdown (CommonMark with pipe tables).
pub fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Title(t) => out.push_str(&format!("# {}\n\n", text(t))),
            Block::Heading(t) => out.push_str(&format!("## {}\n\n", text(t))),
            Block::Subheading(t) => out.push_str(&format!("### {}\n\n", text(t))),
            Block::Para(t) => out.push_str(&format!("{}\n\n", text(t))),
            Block::Small(t) => out.push_str(&format!("_{}_\n\n", text(t))),
            Block::Markdown(t) => out.push_str(&format!("{}\n\n", markdown_text(t).trim_end())),
            Block::Bars(rows) => {
                let parts: Vec<String> = rows.iter().map(|(l, n)| format!("{} {n}", text(l))).collect();
                out.push_str(&format!("**{}**\n\n", parts.join(" · ")));
            }
            Block::Table { head, rows } => {
                out.push_str(&format!("| {} |\n", head.iter().map(|h| cell(h)).collect::<Vec<_>>().join(" | ")));
                out.push_str(&format!("|{}\n", " --- |".repeat(head.len())));
                for r in rows {
                    out.push_str(&format!("| {} |\n", r.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")));
                }
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a Markdown viewer makes of the minutes: HTML, as CommonMark
    /// renders it (raw HTML passed through, as many viewers do).
    fn viewed(md: &str) -> String {
        let mut html = String::new();
        let options = pulldown_cmark::Options::ENABLE_TABLES;
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(md, options));
        html
    }

    #[test]
    fn markdown_texts_carry_no_html_and_load_nothing() {
        let motion = "The assembly adopts the **budget**.\n\n\
            <div onclick=\"steal()\">block</div>\n\n\
            Inline <img src=x onerror=alert(1)> and <script>alert(2)</script> here.\n\n\
            ![tracker](https://example.org/track.png) and `<b>code</b>`\n\n\
            <!-- a comment -->\n\n- item <span style=\"x\">one</span>\n";
        let md = render(&[Block::Markdown(motion.into())]);
        let html = viewed(&md);
        for live in ["<div", "<img", "<script", "<span", "<!--"] {
            assert!(!html.contains(live), "{live} in {html}");
        }
        // Markdown stays Markdown; the HTML reads as text; code as it was.
        assert!(html.contains("<strong>budget</strong>") && html.contains("<li>item"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), "{html}");
        assert!(html.contains("<code>&lt;b&gt;code&lt;/b&gt;</code>"), "{html}");
        assert!(html.contains("tracker (image: https://example.org/track.png)"), "{html}");
    }

    /// A reviewer's texts: an image inside an HTML block (made text, the
    /// block would have shown it), and links that run something.
    #[test]
    fn images_behind_html_and_links_that_run_stay_text() {
        for motion in [
            "<p>hello ![p](http://evil.example/p.png)</p>",
            "<script>x</script> ![s](http://evil.example/s.png)",
            "<div>\n![d](http://evil.example/d.png)\n</div>",
            "<!-- c --> ![c](http://evil.example/c.png)",
            "<p>[<img src=x>](http://evil.example/i.png)</p>",
        ] {
            let html = viewed(&render(&[Block::Markdown(motion.into())]));
            assert!(!html.contains("<img") && !html.contains("<script") && !html.contains("<div"), "{motion}: {html}");
            assert!(html.contains("(image: http://evil.example/") || html.contains("&lt;img"), "{motion}: {html}");
        }
        for narrative in [
            "See [the report](javascript:alert(1)).",
            "See [the report](JaVaScRiPt:alert(1)).",
            "See <javascript:alert(1)>.",
            "See [the report](data:text/html;base64,PHNjcmlwdD4=).",
            "[ref]: javascript:alert(1)\n\nSee [ref].",
        ] {
            let html = viewed(&render(&[Block::Markdown(narrative.into())]));
            assert!(!html.contains("href=\"javascript") && !html.contains("href=\"JaVaScRiPt"), "{narrative}: {html}");
            assert!(!html.contains("href=\"data:"), "{narrative}: {html}");
            assert!(html.contains("(link: "), "{narrative}: {html}");
        }
        // Links to the web and to e-mail stay links.
        let html =
            viewed(&render(&[Block::Markdown("[site](https://example.org) [mail](mailto:a@example.org)".into())]));
        assert!(
            html.contains("href=\"https://example.org\"") && html.contains("href=\"mailto:a@example.org\""),
            "{html}"
        );
    }

    #[test]
    fn plain_text_stays_text_in_any_viewer() {
        let hostile = "Motion <img src=x onerror=alert(1)> & [link](javascript:alert(2)) *bold* `code` | pipe";
        let blocks = vec![
            Block::Title(hostile.into()),
            Block::Heading(hostile.into()),
            Block::Para(hostile.into()),
            Block::Small(hostile.into()),
            Block::Bars(vec![(hostile.into(), 3)]),
            Block::Table { head: vec!["name".into()], rows: vec![vec![hostile.into()]] },
        ];
        let md = render(&blocks);
        let html = viewed(&md);
        for live in ["<img", "<a ", "<strong>bold", "<em>bold", "<code>", "javascript:alert(2)\""] {
            assert!(!html.contains(live), "{live} in {html}");
        }
        // Every block still reads as the text that was typed.
        let doc = html.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", "\"");
        assert!(doc.matches(hostile).count() >= 5, "{doc}");
    }
}
