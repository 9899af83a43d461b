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
            Block::Markdown(t) => out.push_str(&format!("{}\n\n", t.trim_end())),
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
