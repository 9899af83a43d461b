//! The minutes as Markdown.

use super::Block;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Renders the blocks as Markdown (CommonMark with pipe tables).
pub fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Title(t) => out.push_str(&format!("# {t}\n\n")),
            Block::Heading(t) => out.push_str(&format!("## {t}\n\n")),
            Block::Subheading(t) => out.push_str(&format!("### {t}\n\n")),
            Block::Para(t) => out.push_str(&format!("{t}\n\n")),
            Block::Small(t) => out.push_str(&format!("_{}_\n\n", t.replace('_', "\\_"))),
            Block::Markdown(t) => out.push_str(&format!("{}\n\n", t.trim_end())),
            Block::Bars(rows) => {
                let parts: Vec<String> = rows.iter().map(|(l, n)| format!("{l} {n}")).collect();
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
