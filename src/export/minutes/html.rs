//! The minutes as one self-contained HTML page, for print.

use super::Block;
use crate::i18n::{Lang, Msg};
use crate::views::{charts, markdown};
use maud::{html, Markup, PreEscaped, DOCTYPE};

const PRINT_CSS: &str = "body{font-family:Georgia,'Libertinus Serif',serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}\
h1{font-size:1.7rem}h2{font-size:1.3rem;border-bottom:1px solid #999;margin-top:2rem}h3{font-size:1.1rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top}\
th{background:#eee}.scroll{overflow-x:auto}.small{font-size:.85rem;color:#444;word-break:break-all}svg.chart{max-width:24rem;display:block}\
@media print{body{margin:0;max-width:none}h2,h3{break-after:avoid}table,svg{break-inside:avoid}}";

/// The page's own policy, for a copy opened without plenum's headers: its
/// inline style and charts, nothing fetched, nothing run.
pub const SELF_CONTAINED: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// Renders the blocks, written in `lang`, as an HTML page.
pub fn render(title: &str, lang: Lang, blocks: &[Block]) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang.tag()) {
            head {
                meta charset="utf-8";
                // Saved and opened from disk, the minutes load nothing: no
                // remote image from a motion's Markdown, no script.
                meta http-equiv="Content-Security-Policy" content=(SELF_CONTAINED);
                title { (title) }
                style { (PreEscaped(PRINT_CSS)) }
            }
            body { main { (body(blocks, lang)) } }
        }
    }
}

/// The blocks as HTML, to embed in a page (the caller marks their
/// language where it differs from the page's).
pub fn body(blocks: &[Block], lang: Lang) -> Markup {
    html! {
                @for b in blocks {
                    @match b {
                        Block::Title(t) => h1 { (t) },
                        Block::Heading(t) => h2 { (t) },
                        Block::Subheading(t) => h3 { (t) },
                        Block::Para(t) => p { (t) },
                        Block::Small(t) => p.small { (t) },
                        Block::Markdown(t) => div.text { (PreEscaped(markdown::render_self_contained(t))) },
                        Block::Bars(rows) => {
                            @let colours = ["#2e7d32", "#c62828", "#757575"];
                            @let rows: Vec<(String, u64, &str)> = rows.iter().enumerate()
                                .map(|(i, (l, n))| (l.clone(), *n, colours[i % colours.len()])).collect();
                            (charts::bars(&Msg::Result.text(lang), &rows))
                        },
                        Block::Table { head, rows } => div.scroll {
                            table {
                                @if head.iter().any(|h| !h.is_empty()) {
                                    thead { tr { @for h in head { th { (h) } } } }
                                }
                                tbody { @for r in rows { tr { @for c in r { td { (c) } } } } }
                            }
                        },
                    }
                }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_loads_nothing_remote() {
        let page = render("Minutes", Lang::En, &[Block::Markdown("![chart](https://example.org/track.png)".into())])
            .into_string();
        let doc = scraper::Html::parse_document(&page);
        let sel = scraper::Selector::parse("meta[http-equiv='Content-Security-Policy']").expect("selector");
        let policy = doc.select(&sel).next().and_then(|m| m.value().attr("content")).expect("a policy in the page");
        assert!(policy.contains("default-src 'none'") && policy.contains("img-src data:"), "{policy}");
        assert!(!policy.contains("https:") && !policy.contains('*'), "{policy}");
    }

    #[test]
    fn a_motion_text_with_remote_images_and_links_refers_to_nothing_outside() {
        let motion = "See ![the chart](https://example.org/track.png) and [the report](https://example.org/r.pdf).\n\n\
            <img src=\"http://example.org/pixel.gif\"> <a href=\"https://example.org\">raw</a>\n\n\
            <link rel=\"stylesheet\" href=\"https://example.org/x.css\">\n";
        let page = render("Minutes", Lang::En, &[Block::Markdown(motion.into())]).into_string();
        let doc = scraper::Html::parse_document(&page);
        let refs = scraper::Selector::parse("[src], [href], img, link, a, script, iframe").expect("selector");
        let found: Vec<String> = doc.select(&refs).map(|e| e.html()).collect();
        assert!(found.is_empty(), "elements that refer outside: {found:?}");
        let lower = page.to_lowercase();
        for remote in ["<img", "<link", "<a ", "<script"] {
            assert!(!lower.contains(remote), "{remote} in {page}");
        }
        // What they pointed to is still told, as text.
        assert!(page.contains("the chart (image: https://example.org/track.png)"), "{page}");
        assert!(page.contains("the report (https://example.org/r.pdf)"), "{page}");
    }
}
