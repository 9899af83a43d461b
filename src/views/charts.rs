//! Inline SVG charts: results as bars, the quorum as a gauge. Large enough
//! for a projector, readable without colour (each bar is labelled).

use maud::{html, Markup};

/// Horizontal bars, one per (label, count), scaled to the largest.
pub fn bars(title: &str, rows: &[(String, u64, &str)]) -> Markup {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let row_h = 44u64;
    let height = row_h * rows.len() as u64 + 8;
    html! {
        svg.chart viewBox={ "0 0 600 " (height) } role="img" aria-label=(title) {
            title { (title) }
            @for (i, (label, count, colour)) in rows.iter().enumerate() {
                @let y = i as u64 * row_h + 4;
                @let w = count * 380 / max;
                text x="0" y=(y + 28) font-size="22" { (label) }
                rect x="130" y=(y + 6) width=(w.max(2)) height="30" fill=(colour) {}
                text x=(140 + w) y=(y + 28) font-size="22" font-weight="bold" { (count) }
            }
        }
    }
}

/// A gauge: `value` of `total` with a mark at `required`.
pub fn gauge(title: &str, value: u64, total: u64, required: u64, met: bool) -> Markup {
    let total = total.max(1);
    let w = (value.min(total) * 560 / total) as i64;
    let mark = (required.min(total) * 560 / total) as i64;
    let colour = if met { "#2e7d32" } else { "#c62828" };
    html! {
        svg.chart viewBox="0 0 600 70" role="img" aria-label=(title) {
            title { (title) }
            rect x="20" y="10" width="560" height="30" fill="#e0e0e0" {}
            rect x="20" y="10" width=(w) height="30" fill=(colour) {}
            line x1=(20 + mark) y1="4" x2=(20 + mark) y2="46" stroke="#000" stroke-width="3" {}
            text x="20" y="66" font-size="18" { (value) " / " (total) }
            text x=(20 + mark) y="66" font-size="18" text-anchor="middle" { (required) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_label_every_count() {
        let svg = bars("Result", &[("Yes".into(), 31, "#2e7d32"), ("No".into(), 14, "#c62828")]).into_string();
        assert!(svg.contains(">31<") && svg.contains(">14<") && svg.contains(">Yes<"), "{svg}");
    }

    #[test]
    fn gauge_never_overflows() {
        let svg = gauge("Quorum", 80, 52, 26, true).into_string();
        assert!(svg.contains("width=\"560\""), "{svg}");
    }
}
