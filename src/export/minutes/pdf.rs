//! The minutes as PDF, typeset in-process: A4, Libertinus Serif embedded,
//! paragraphs broken into lines by measured width, tables with wrapped
//! cells whose header repeats on a new page, results as bars, and a footer
//! with the page number on every page. No external program is involved.

use super::{markdown_pieces, Block, Piece};
use crate::i18n::{Lang, Msg};
use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Point, Pt, Rect, Rgb, TextItem, WindingOrder,
};

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 56.0;
const BOTTOM: f32 = 64.0;
const BODY: f32 = 10.0;
const LEADING: f32 = 1.35;
const TABLE: f32 = 9.5;
const PAD: f32 = 4.0;

fn row_height(wrapped: &[Vec<String>]) -> f32 {
    wrapped.iter().map(Vec::len).max().unwrap_or(1) as f32 * TABLE * LEADING + PAD
}

/// A font: its metrics for measuring, its id in the document.
struct Font<'a> {
    face: ttf_parser::Face<'a>,
    id: FontId,
}

/// A character's advance in font units: its glyph's, or the .notdef
/// box's it is drawn as when the face lacks it.
fn advance(face: &ttf_parser::Face<'_>, c: char) -> f32 {
    let notdef = || face.glyph_hor_advance(ttf_parser::GlyphId(0)).map_or(f32::from(face.units_per_em()), f32::from);
    face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g)).map_or_else(notdef, f32::from)
}

impl Font<'_> {
    fn width(&self, text: &str, size: f32) -> f32 {
        let upem = f32::from(self.face.units_per_em());
        // A letter the face lacks (Georgian, Armenian, Arabic...) is drawn
        // as its .notdef box: measured as that box, so that a line wraps
        // before it and a table cell never runs into the next (an outside
        // review saw boxes cover a vote's count).
        let units: f32 = text.chars().map(|c| advance(&self.face, c)).sum();
        units / upem * size
    }

    /// Greedy line breaking at spaces; a word longer than the line is cut.
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut cur = String::new();
        for word in text.split_whitespace() {
            let candidate = if cur.is_empty() { word.to_string() } else { format!("{cur} {word}") };
            if self.width(&candidate, size) <= width {
                cur = candidate;
                continue;
            }
            if !cur.is_empty() {
                lines.push(std::mem::take(&mut cur));
            }
            if self.width(word, size) <= width {
                cur = word.to_string();
            } else {
                for c in word.chars() {
                    if self.width(&format!("{cur}{c}"), size) > width && !cur.is_empty() {
                        lines.push(std::mem::take(&mut cur));
                    }
                    cur.push(c);
                }
            }
        }
        if !cur.is_empty() || lines.is_empty() {
            lines.push(cur);
        }
        lines
    }
}

fn grey(level: f32) -> Color {
    Color::Rgb(Rgb { r: level, g: level, b: level, icc_profile: None })
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false }
}

struct Layout<'a> {
    regular: &'a Font<'a>,
    bold: &'a Font<'a>,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// The top of the free space on the current page.
    y: f32,
}

impl<'a> Layout<'a> {
    fn new(regular: &'a Font<'a>, bold: &'a Font<'a>) -> Self {
        Layout { regular, bold, pages: Vec::new(), ops: Vec::new(), y: PAGE_H - MARGIN }
    }

    fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.ops));
        self.y = PAGE_H - MARGIN;
    }

    /// Starts a new page unless `height` fits on this one.
    fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM && self.y < PAGE_H - MARGIN {
            self.new_page();
        }
    }

    fn text(&mut self, font: &Font<'_>, size: f32, x: f32, baseline: f32, text: &str) {
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFillColor { col: grey(0.07) },
            Op::SetFont { font: PdfFontHandle::External(font.id.clone()), size: Pt(size) },
            Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(baseline) } },
            Op::ShowText { items: vec![TextItem::Text(text.to_string())] },
            Op::EndTextSection,
        ]);
    }

    fn rule(&mut self, x1: f32, x2: f32, y: f32, thickness: f32) {
        self.ops.extend([
            Op::SetOutlineColor { col: grey(0.6) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine { line: Line { points: vec![point(x1, y), point(x2, y)], is_closed: false } },
        ]);
    }

    fn paragraph(&mut self, bold: bool, size: f32, text: &str, space_before: f32, space_after: f32) {
        let font = if bold { self.bold } else { self.regular };
        let lines = font.wrap(text, size, PAGE_W - 2.0 * MARGIN);
        let lh = size * LEADING;
        // Keep a heading with at least two lines of what follows.
        let keep = if bold { lh * lines.len() as f32 + 3.0 * BODY * LEADING } else { lh };
        self.ensure(space_before + keep);
        self.y -= space_before;
        for line in lines {
            self.ensure(lh);
            self.y -= lh;
            self.text(font, size, MARGIN, self.y + (lh - size) / 2.0, &line);
        }
        self.y -= space_after;
    }

    fn cells(&self, cells: &[String], bold: bool, widths: &[f32]) -> Vec<Vec<String>> {
        let font = if bold { self.bold } else { self.regular };
        widths
            .iter()
            .enumerate()
            .map(|(i, w)| font.wrap(cells.get(i).map_or("", String::as_str), TABLE, w - 2.0 * PAD))
            .collect()
    }

    /// Draws one row at the current position and moves below it.
    fn row(&mut self, wrapped: &[Vec<String>], bold: bool, widths: &[f32]) {
        let lh = TABLE * LEADING;
        let font = if bold { self.bold } else { self.regular };
        let top = self.y;
        let mut x = MARGIN;
        for (lines, w) in wrapped.iter().zip(widths) {
            for (j, line) in lines.iter().enumerate() {
                let baseline = top - PAD / 2.0 - (j as f32 + 1.0) * lh + (lh - TABLE) / 2.0;
                self.text(font, TABLE, x + PAD, baseline, line);
            }
            x += w;
        }
        self.y -= row_height(wrapped);
        let right = MARGIN + widths.iter().sum::<f32>();
        self.rule(MARGIN, right, self.y, if bold { 0.8 } else { 0.3 });
    }

    fn table(&mut self, head: &[String], rows: &[Vec<String>]) {
        let avail = PAGE_W - 2.0 * MARGIN;
        let cols = head.len().max(rows.iter().map(Vec::len).max().unwrap_or(0));
        if cols == 0 {
            return;
        }
        // Column widths: the natural widths, shrunk in proportion to fit.
        let mut natural = vec![20.0f32; cols];
        for r in std::iter::once(head).chain(rows.iter().map(Vec::as_slice)) {
            for (i, c) in r.iter().enumerate() {
                natural[i] = natural[i].max(self.bold.width(c, TABLE) + 2.0 * PAD);
            }
        }
        let total: f32 = natural.iter().sum();
        let widths: Vec<f32> = if total <= avail {
            natural
        } else {
            let min = (avail / cols as f32).min(60.0);
            let flexible: f32 = natural.iter().map(|w| (w - min).max(0.0)).sum();
            let spare = avail - min * cols as f32;
            natural.iter().map(|w| min + (w - min).max(0.0) / flexible.max(1.0) * spare).collect()
        };
        let right = MARGIN + widths.iter().sum::<f32>();
        let header = head.iter().any(|h| !h.is_empty()).then(|| self.cells(head, true, &widths));
        let head_h = header.as_ref().map_or(0.0, |h| row_height(h));
        let first = rows.first().map_or(0.0, |r| row_height(&self.cells(r, false, &widths)));
        self.ensure(4.0 + head_h + first);
        self.y -= 4.0;
        let draw_header = |l: &mut Self| {
            if let Some(h) = &header {
                l.rule(MARGIN, right, l.y, 0.8);
                l.row(h, true, &widths);
            }
        };
        draw_header(self);
        for r in rows {
            let wrapped = self.cells(r, false, &widths);
            if self.y - row_height(&wrapped) < BOTTOM {
                // A new page, and the header again above the rest.
                self.new_page();
                draw_header(self);
            }
            self.row(&wrapped, false, &widths);
        }
        self.y -= 8.0;
    }

    fn bars(&mut self, rows: &[(String, u64)]) {
        let size = BODY;
        let bar_h = 11.0;
        let step = 16.0;
        let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1) as f32;
        self.ensure(step * rows.len() as f32 + 6.0);
        for (i, (label, n)) in rows.iter().enumerate() {
            let top = self.y - 3.0;
            self.text(self.regular, size, MARGIN, top - bar_h + 2.0, label);
            let w = (*n as f32 / max * 220.0).max(1.5);
            let shade = [0.25, 0.5, 0.75][i % 3];
            self.ops.extend([
                Op::SetFillColor { col: grey(shade) },
                Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(MARGIN + 60.0),
                        y: Pt(top - bar_h),
                        width: Pt(w),
                        height: Pt(bar_h),
                        mode: Some(PaintMode::Fill),
                        winding_order: Some(WindingOrder::NonZero),
                    },
                },
            ]);
            self.text(self.bold, size, MARGIN + 66.0 + w, top - bar_h + 2.0, &n.to_string());
            self.y -= step;
        }
        self.y -= 6.0;
    }
}

const REGULAR: &str = "Libertinus Serif Regular";
const BOLD: &str = "Libertinus Serif Bold";

/// A font bundled with the binary, by its full name.
fn font_data(name: &str) -> Option<&'static [u8]> {
    typst_assets::fonts().find(|data| {
        ttf_parser::Face::parse(data, 0).ok().is_some_and(|f| {
            f.names()
                .into_iter()
                .any(|n| n.name_id == ttf_parser::name_id::FULL_NAME && n.to_string().as_deref() == Some(name))
        })
    })
}

/// Typesets the blocks. `footer` is printed on every page with its number;
/// `dated` (seconds since 1970, UTC) is the document's date in its
/// properties: when the minutes were approved, or the assembly held.
pub fn render(title: &str, footer: &str, dated: i64, lang: Lang, blocks: &[Block]) -> Result<Vec<u8>, String> {
    let regular_data = font_data(REGULAR).ok_or("the regular font is missing")?;
    let bold_data = font_data(BOLD).ok_or("the bold font is missing")?;
    let mut doc = PdfDocument::new(title);
    let date = printpdf::OffsetDateTime::from_unix_timestamp(dated)?;
    let info = &mut doc.metadata.info;
    (info.creation_date, info.modification_date, info.metadata_date) = (date, date, date);
    info.subject = title.to_string();
    info.creator = "plenum".to_string();
    let mut load = |data: &'static [u8]| -> Result<Font<'static>, String> {
        let parsed = ParsedFont::from_bytes(data, 0, &mut Vec::new()).ok_or("a font cannot be read")?;
        let id = doc.add_font(&parsed);
        let face = ttf_parser::Face::parse(data, 0).map_err(|e| e.to_string())?;
        Ok(Font { face, id })
    };
    let regular = load(regular_data)?;
    let bold = load(bold_data)?;

    let mut l = Layout::new(&regular, &bold);
    for b in blocks {
        match b {
            Block::Title(t) => l.paragraph(true, 18.0, t, 0.0, 6.0),
            Block::Heading(t) => l.paragraph(true, 13.5, t, 12.0, 4.0),
            Block::Subheading(t) => l.paragraph(true, 11.5, t, 8.0, 3.0),
            Block::Para(t) => l.paragraph(false, BODY, t, 0.0, 5.0),
            Block::Small(t) => l.paragraph(false, 8.0, t, 0.0, 5.0),
            Block::Markdown(t) => {
                for piece in markdown_pieces(t) {
                    match piece {
                        Piece::Para(p) => l.paragraph(false, BODY, &p, 0.0, 5.0),
                        Piece::Table { head, rows } => l.table(&head, &rows),
                    }
                }
            }
            Block::Table { head, rows } => l.table(head, rows),
            Block::Bars(rows) => l.bars(rows),
        }
    }
    l.new_page();
    let total = l.pages.len();
    let mut pages = Vec::with_capacity(total);
    for (i, ops) in std::mem::take(&mut l.pages).into_iter().enumerate() {
        l.ops = ops;
        l.rule(MARGIN, PAGE_W - MARGIN, BOTTOM - 16.0, 0.3);
        let page = Msg::MinutesPage { page: (i + 1).into(), pages: total.into() }.text(lang);
        l.text(&regular, 7.5, MARGIN, BOTTOM - 28.0, &format!("{footer} · {page}"));
        pages.push(PdfPage::new(printpdf::Mm(210.0), printpdf::Mm(297.0), std::mem::take(&mut l.ops)));
    }
    Ok(doc.with_pages(pages).save(&PdfSaveOptions::default(), &mut Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every letter of the alphabets members' names and the six languages
    /// are written in has a glyph in both faces: Latin with its European
    /// extensions (Latin-1, Extended-A, the Romanian comma-below letters),
    /// Greek and Cyrillic (Russian, Ukrainian, Belarusian, Serbian,
    /// Macedonian, Bulgarian), and the punctuation the catalogue uses
    /// (French narrow spaces, German and Polish quotes, guillemets).
    #[test]
    fn the_faces_print_every_european_alphabet() {
        let ranges: &[(&str, std::ops::RangeInclusive<u32>)] = &[
            ("Latin-1 letters", 0xC0..=0xFF),
            ("Latin Extended-A", 0x100..=0x17F),
            ("Romanian comma-below", 0x218..=0x21B),
            ("Greek capitals", 0x391..=0x3A9),
            ("Greek small letters", 0x3AC..=0x3CE),
            ("Cyrillic", 0x400..=0x45F),
            ("Ukrainian ghe", 0x490..=0x491),
        ];
        let punctuation = ['\u{202F}', '\u{A0}', '„', '“', '”', '«', '»', '’', '–', '—', '…', '·', '€'];
        for name in [REGULAR, BOLD] {
            let data = font_data(name).expect("bundled");
            let face = ttf_parser::Face::parse(data, 0).expect("a font");
            let mut missing: Vec<String> = Vec::new();
            for (what, range) in ranges {
                for c in range.clone().filter_map(char::from_u32) {
                    // Unassigned code points inside a block (Greek has one).
                    if c == '\u{3A2}' || c == '\u{D7}' || c == '\u{F7}' {
                        continue;
                    }
                    if face.glyph_index(c).is_none() {
                        missing.push(format!("{what}: {c} U+{:04X}", c as u32));
                    }
                }
            }
            for c in punctuation {
                if face.glyph_index(c).is_none() {
                    missing.push(format!("punctuation: {c:?} U+{:04X}", c as u32));
                }
            }
            assert!(missing.is_empty(), "{name} lacks {missing:#?}");
        }
    }

    /// A PDF of a title and a table of names, and its text read back.
    fn table_read_back(title: &str, names: &[&str]) -> String {
        let blocks = vec![
            Block::Title(title.into()),
            Block::Table {
                head: vec!["Organisation".into()],
                rows: names.iter().map(|n| vec![n.to_string()]).collect(),
            },
        ];
        let pdf = render("Minutes", "Minutes", 0, Lang::En, &blocks).expect("a PDF");
        let doc = lopdf::Document::load_mem(&pdf).expect("it reads");
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        doc.extract_text(&pages).expect("text")
    }

    /// A PDF of names in Greek, Cyrillic and Latin Extended reads back as
    /// those names: each character is drawn with its glyph and mapped back
    /// to itself (copying or searching the PDF finds them).
    #[test]
    fn names_from_across_europe_read_back_from_the_pdf() {
        let names = [
            "Ελληνικό Δίκτυο Κοινωνίας Πολιτών",
            "Български център за гражданско участие",
            "Українська громадська платформа",
            "Мрежа за развој на Северна Македонија",
            "Związek Stowarzyszeń Łódź",
            "Asociația Societății Civile din Cluj-Napoca, Țara Românească",
            "Őrségi Civil Szövetség",
            "Eesti Mittetulundusühingute ja Sihtasutuste Liit",
        ];
        let text = table_read_back("Ünïcödé", &names);
        let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let text = fold(&text);
        for name in names {
            assert!(text.contains(&fold(name)), "{name} in {text}");
        }
    }

    /// Right-to-left is out of scope, but a name in Hebrew or Arabic (a
    /// member outside Europe, a partner's name) breaks nothing: the PDF is
    /// made and the names around it still read back.
    #[test]
    fn a_right_to_left_name_breaks_nothing() {
        let names = ["Alpha Network", "אגודת הידידות", "جمعية الأمل", "საქართველოს ქსელი", "Beta Forum"];
        let text = table_read_back("שלום · سلام", &names);
        assert!(text.contains("Alpha Network") && text.contains("Beta Forum"), "{text}");
        // A letter the faces lack is measured as the box drawn for it, so
        // that lines wrap before it and cells keep to their column.
        for face in [REGULAR, BOLD] {
            let data = font_data(face).expect("the face");
            let face = ttf_parser::Face::parse(data, 0).expect("it parses");
            let notdef = face.glyph_hor_advance(ttf_parser::GlyphId(0)).map(f32::from).expect("a .notdef box");
            for c in ['ქ', 'Ա', 'ج', '中'] {
                assert_eq!(face.glyph_index(c), None, "{c} is drawn by the face after all");
                assert_eq!(advance(&face, c), notdef, "{c}");
            }
        }
    }
}
