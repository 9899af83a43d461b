//! The member register's CSV form: `name,country,kind[,status]`, with a
//! header line. Parsing is pure; every bad row is reported with its line.

use super::organisation::{valid_country, OrgKind, OrgStatus};
use super::text::{self, TextProblem};
use std::cell::Cell;
use std::collections::HashMap;

/// One good row of a register file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterRow {
    /// The line in the file (1 is the header).
    pub line: u64,
    pub name: String,
    pub country: String,
    pub kind: OrgKind,
    pub status: OrgStatus,
    /// The name came as the export writes a name that would start a
    /// formula (`'=…`, [`text::spreadsheet_cell`]): one stored before the
    /// text rule, taken verbatim. It may only name a registered
    /// organisation exactly; the import refuses it otherwise.
    pub verbatim: bool,
}

/// What is wrong with a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// The file is not CSV as we read it (quotes, encoding).
    Unreadable(String),
    MissingHeader,
    WrongFieldCount(usize),
    EmptyName,
    NameTooLong,
    BadCountry(String),
    BadKind(String),
    BadStatus(String),
    /// The same name twice in the file; the number is the first line.
    DuplicateName(u64),
    /// A control, format or invisible character in the name.
    ForbiddenCharacter(char),
    /// A name without a letter or a digit.
    NoLetter,
    /// A name mixing scripts whose letters look alike.
    MixedScripts,
    /// A name a spreadsheet would run as a formula (`=`, `+`, `-`, `@`).
    FormulaStart(char),
    /// A name piling marks on one letter.
    StackedMarks,
    /// A name that looks like another in the file (letters from another
    /// script); the number is that line.
    LooksLike(u64),
    /// A name that matches, after normalisation, several registered
    /// organisations and none exactly: which is meant cannot be told.
    Ambiguous(Vec<String>),
    /// A name that looks like that of a registered organisation (letters
    /// from another script) without being it.
    LooksLikeRegistered(String),
}

/// What a name finds in a [`NameIndex`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameMatch<T> {
    /// An entry with exactly this name (preferred to any other).
    Exact(T),
    /// The one entry whose name is the same after normalisation and case
    /// folding.
    Same(T),
    /// Several entries are the same after normalisation, none exactly.
    Ambiguous(Vec<T>),
    /// No entry is the same, but this one looks alike (TR39 skeleton).
    LooksLike(T),
    None,
}

/// Names looked up in constant time: by exact text, by [`text::name_key`]
/// and by [`text::look_alike_key`]. `comparisons` counts the entries a
/// look-up examined, so a test can tell a linear index from a scan.
#[derive(Debug, Default)]
pub struct NameIndex<T> {
    exact: HashMap<String, T>,
    same: HashMap<String, Vec<T>>,
    alike: HashMap<String, Vec<T>>,
    /// By the second look-alike key, the skeleton of the name as written.
    alike_written: HashMap<String, Vec<T>>,
    /// By the third, the skeleton of the name in capitals.
    alike_capitals: HashMap<String, Vec<T>>,
    comparisons: Cell<u64>,
}

impl<T: Clone> NameIndex<T> {
    pub fn new() -> Self {
        NameIndex {
            exact: HashMap::new(),
            same: HashMap::new(),
            alike: HashMap::new(),
            alike_written: HashMap::new(),
            alike_capitals: HashMap::new(),
            comparisons: Cell::new(0),
        }
    }

    /// Adds a name; an exact name already there keeps its first entry.
    pub fn insert(&mut self, name: &str, value: T) {
        self.exact.entry(name.to_string()).or_insert_with(|| value.clone());
        self.same.entry(text::name_key(name)).or_default().push(value.clone());
        let [folded, as_written, capitals] = text::look_alike_keys(name);
        self.alike_written.entry(as_written).or_default().push(value.clone());
        self.alike_capitals.entry(capitals).or_default().push(value.clone());
        if let Some(spelt) = text::spelt_out_key(name) {
            self.alike.entry(spelt).or_default().push(value.clone());
        }
        self.alike.entry(folded).or_default().push(value);
    }

    /// What `name` finds: the exact name first, then the same name after
    /// normalisation (one, or ambiguous), then a look-alike.
    pub fn find(&self, name: &str) -> NameMatch<T> {
        let count = |n: usize| self.comparisons.set(self.comparisons.get() + n as u64);
        if let Some(v) = self.exact.get(name) {
            count(1);
            return NameMatch::Exact(v.clone());
        }
        if let Some(list) = self.same.get(&text::name_key(name)) {
            count(list.len());
            return match list.as_slice() {
                [one] => NameMatch::Same(one.clone()),
                _ => NameMatch::Ambiguous(list.clone()),
            };
        }
        let [folded, as_written, capitals] = text::look_alike_keys(name);
        let spelt = text::spelt_out_key(name).map(|key| (&self.alike, key));
        let keys = [(&self.alike, folded), (&self.alike_written, as_written), (&self.alike_capitals, capitals)];
        for (map, key) in keys.into_iter().chain(spelt) {
            if let Some(first) = map.get(&key).and_then(|l| l.first()) {
                count(1);
                return NameMatch::LooksLike(first.clone());
            }
        }
        NameMatch::None
    }

    /// How many entries the look-ups so far examined.
    pub fn comparisons(&self) -> u64 {
        self.comparisons.get()
    }
}

/// A bad row and its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub problem: RowProblem,
}

/// Parses a register file. Returns the good rows and the errors; a caller
/// applies nothing unless the errors are empty.
pub fn parse_register(text: &str) -> (Vec<RegisterRow>, Vec<RowError>) {
    let (rows, errors, _) = parse_register_counted(text);
    (rows, errors)
}

/// The line of a byte offset in the file, counting its line feeds: the
/// reader's own count takes a CRLF file's lines (what a browser sends
/// from a text area) for fewer than they are, and places a record after
/// blank lines at their start. Offsets only grow, so the
/// count is carried from one record to the next (linear in the file).
struct Lines<'a> {
    text: &'a [u8],
    byte: usize,
    line: u64,
}

impl Lines<'_> {
    fn at(&mut self, byte: u64) -> u64 {
        let mut to = usize::try_from(byte).unwrap_or(usize::MAX).min(self.text.len());
        // The reader places a record after blank lines where they begin.
        while matches!(self.text.get(to), Some(b'\r' | b'\n')) {
            to += 1;
        }
        if to > self.byte {
            self.line += self.text[self.byte..to].iter().filter(|b| **b == b'\n').count() as u64;
            self.byte = to;
        }
        self.line
    }
}

/// [`parse_register`], with the number of names the duplicate check
/// compared (linear in the rows: each row is looked up once in an index).
pub fn parse_register_counted(text: &str) -> (Vec<RegisterRow>, Vec<RowError>, u64) {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut rows: Vec<RegisterRow> = Vec::new();
    let mut errors = Vec::new();
    let mut seen: NameIndex<u64> = NameIndex::new();
    let mut seen_header = false;
    let mut lines = Lines { text: text.as_bytes(), byte: 0, line: 1 };
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| lines.at(p.byte())).unwrap_or(0);
                errors.push(RowError { line, problem: RowProblem::Unreadable(e.to_string()) });
                continue;
            }
        };
        let line = record.position().map(|p| lines.at(p.byte())).unwrap_or(0);
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        if !seen_header {
            seen_header = true;
            let header: Vec<String> = record.iter().map(|f| f.trim_start_matches('\u{feff}').to_lowercase()).collect();
            if header.first().map(String::as_str) != Some("name")
                || header.get(1).map(String::as_str) != Some("country")
                || header.get(2).map(String::as_str) != Some("kind")
            {
                errors.push(RowError { line, problem: RowProblem::MissingHeader });
                return (rows, errors, seen.comparisons());
            }
            continue;
        }
        let problem = |p| RowError { line, problem: p };
        if !(3..=4).contains(&record.len()) {
            errors.push(problem(RowProblem::WrongFieldCount(record.len())));
            continue;
        }
        let field = record.get(0).unwrap_or_default();
        // A name stored before the text rule, as the export neutralised it:
        // verbatim, if it is a name at all.
        let verbatim = text::from_spreadsheet_cell(field)
            .filter(|raw| raw.starts_with(text::CELL_FORMULA_START))
            .filter(|raw| raw.chars().any(char::is_alphanumeric) && raw.chars().count() <= text::NAME_MAX);
        let checked = match verbatim {
            Some(raw) => Ok(raw.to_string()),
            None => text::name(text::from_spreadsheet_cell(field).unwrap_or(field)),
        };
        let name = match checked {
            Ok(name) => name,
            Err(p) => {
                errors.push(problem(match p {
                    TextProblem::Empty => RowProblem::EmptyName,
                    TextProblem::NoLetter => RowProblem::NoLetter,
                    TextProblem::TooLong { .. } => RowProblem::NameTooLong,
                    TextProblem::Forbidden(c) => RowProblem::ForbiddenCharacter(c),
                    TextProblem::MixedScripts => RowProblem::MixedScripts,
                    TextProblem::FormulaStart(c) => RowProblem::FormulaStart(c),
                    TextProblem::StackedMarks { .. } => RowProblem::StackedMarks,
                }));
                continue;
            }
        };
        let country = record.get(1).unwrap_or_default().to_uppercase();
        let kind_label = record.get(2).unwrap_or_default().to_lowercase();
        let status_label = record.get(3).unwrap_or("active").to_lowercase();
        let status_label = if status_label.is_empty() { "active".to_string() } else { status_label };
        if !valid_country(&country) {
            errors.push(problem(RowProblem::BadCountry(country)));
            continue;
        }
        let Some(kind) = OrgKind::parse(&kind_label) else {
            errors.push(problem(RowProblem::BadKind(kind_label)));
            continue;
        };
        let Some(status) = OrgStatus::parse(&status_label) else {
            errors.push(problem(RowProblem::BadStatus(status_label)));
            continue;
        };
        match seen.find(&name) {
            NameMatch::None => {}
            NameMatch::Exact(first) | NameMatch::Same(first) => {
                errors.push(problem(RowProblem::DuplicateName(first)));
                continue;
            }
            NameMatch::Ambiguous(lines) => {
                errors.push(problem(RowProblem::DuplicateName(lines.first().copied().unwrap_or(0))));
                continue;
            }
            NameMatch::LooksLike(first) => {
                errors.push(problem(RowProblem::LooksLike(first)));
                continue;
            }
        }
        seen.insert(&name, line);
        rows.push(RegisterRow { line, name, country, kind, status, verbatim: verbatim.is_some() });
    }
    if !seen_header {
        errors.push(RowError { line: 1, problem: RowProblem::MissingHeader });
    }
    let comparisons = seen.comparisons();
    (rows, errors, comparisons)
}

/// Writes the register as CSV with its header. A name that would start a
/// formula (one stored before the text rule) is neutralised as every CSV
/// plenum writes is ([`text::spreadsheet_cell`]); [`parse_register`] undoes
/// exactly that, so an export imports as the same register.
pub fn write_register<'a>(rows: impl IntoIterator<Item = (&'a str, &'a str, OrgKind, OrgStatus)>) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record(["name", "country", "kind", "status"]);
    for (name, country, kind, status) in rows {
        let _ = out.write_record([&text::spreadsheet_cell(name), country, kind.as_str(), status.as_str()]);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn good_file() {
        let (rows, errors) =
            parse_register("name,country,kind\nAlpha,be,full\n\"Beta, Gamma\",FR,affiliate,suspended\n");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].line, rows[0].country.as_str(), rows[0].status), (2, "BE", OrgStatus::Active));
        assert_eq!(
            (rows[1].name.as_str(), rows[1].kind, rows[1].status),
            ("Beta, Gamma", OrgKind::Affiliate, OrgStatus::Suspended)
        );
    }

    #[test]
    fn every_bad_row_is_named_by_its_line() {
        let text = "name,country,kind,status\nAlpha,BE,full\n,FR,full\nBeta,France,full\nGamma,DE,observer\nDelta,DE,full,gone\nalpha,NL,full\nOnly,two\n";
        let (rows, errors) = parse_register(text);
        assert_eq!(rows.len(), 1);
        let got: Vec<(u64, RowProblem)> = errors.into_iter().map(|e| (e.line, e.problem)).collect();
        assert_eq!(
            got,
            vec![
                (3, RowProblem::EmptyName),
                (4, RowProblem::BadCountry("FRANCE".into())),
                (5, RowProblem::BadKind("observer".into())),
                (6, RowProblem::BadStatus("gone".into())),
                (7, RowProblem::DuplicateName(2)),
                (8, RowProblem::WrongFieldCount(2)),
            ]
        );
    }

    #[test]
    fn lines_are_the_files_whatever_ends_them() {
        let lf = "name,country,kind\nAlpha,BE,full\n\nBeta,France,full\n\"Gam\nma\",XX1,full\n";
        for text in [lf.to_string(), lf.replace('\n', "\r\n")] {
            let (_, errors) = parse_register(&text);
            let got: Vec<u64> = errors.iter().map(|e| e.line).collect();
            assert_eq!(got, vec![4, 5], "{text:?}: {errors:?}");
        }
    }

    #[test]
    fn a_file_without_its_header_is_refused() {
        let (_, errors) = parse_register("Alpha,BE,full\n");
        assert_eq!(errors, vec![RowError { line: 1, problem: RowProblem::MissingHeader }]);
        let (_, errors) = parse_register("");
        assert_eq!(errors, vec![RowError { line: 1, problem: RowProblem::MissingHeader }]);
    }

    #[test]
    fn a_byte_order_mark_and_blank_lines_are_fine() {
        let (rows, errors) = parse_register("\u{feff}name,country,kind\n\nAlpha,BE,full\n\n");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows.len(), 1);
    }

    #[test]
    fn look_alike_and_invisible_names_are_refused_by_line() {
        let text = "name,country,kind\n\
            Café Society,FR,full\n\
            Cafe\u{301} Society,FR,full\n\
            CAFÉ   SOCIETY,FR,full\n\
            Alpha\u{200B} Network,BE,full\n\
            \u{202E}krowteN,BE,full\n\
            Alph\u{430} Network,BE,full\n\
            Cocoa,BE,full\n\
            \u{421}\u{43E}\u{441}\u{43E}\u{430},BG,full\n\
            Nul\u{0}Name,BE,full\n";
        let (rows, errors) = parse_register(text);
        assert_eq!(rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Café Society", "Cocoa"]);
        let got: Vec<(u64, RowProblem)> = errors.into_iter().map(|e| (e.line, e.problem)).collect();
        assert_eq!(
            got,
            vec![
                (3, RowProblem::DuplicateName(2)),
                (4, RowProblem::DuplicateName(2)),
                (5, RowProblem::ForbiddenCharacter('\u{200B}')),
                (6, RowProblem::ForbiddenCharacter('\u{202E}')),
                (7, RowProblem::MixedScripts),
                (9, RowProblem::LooksLike(8)),
                (10, RowProblem::ForbiddenCharacter('\0')),
            ]
        );
    }

    #[test]
    fn a_quoted_line_break_or_a_formula_is_not_a_name() {
        let (rows, errors) = parse_register(
            "name,country,kind\n\"Two\nLines\",BE,full\n\"Cr\rName\",BE,full\n=1+1,BE,full\n...,BE,full\n",
        );
        assert!(rows.is_empty());
        let got: Vec<(u64, RowProblem)> = errors.into_iter().map(|e| (e.line, e.problem)).collect();
        assert_eq!(
            got,
            vec![
                (2, RowProblem::ForbiddenCharacter('\n')),
                (4, RowProblem::ForbiddenCharacter('\r')),
                (5, RowProblem::FormulaStart('=')),
                (6, RowProblem::NoLetter),
            ]
        );
    }

    #[test]
    fn names_the_export_neutralised_read_back_verbatim() {
        let stored =
            ["=HYPERLINK(\"x\")", "+32 Union", "-Minus", "@Home", "\tTabbed", "\rReturn", "'t Hooft", "'=Quoted"];
        let written = write_register(stored.iter().map(|n| (*n, "BE", OrgKind::Full, OrgStatus::Active)));
        for line in written.lines().skip(1) {
            assert!(!line.starts_with(text::CELL_FORMULA_START), "{line:?}");
        }
        let (rows, errors) = parse_register(&written);
        assert!(errors.is_empty(), "{errors:?}");
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, stored);
        let verbatim: Vec<bool> = rows.iter().map(|r| r.verbatim).collect();
        assert_eq!(verbatim, [true, true, true, true, true, true, false, false]);
        // Typed raw, a formula is still refused; neutralised but no name, too.
        let (rows, errors) = parse_register("name,country,kind\n=1+1,BE,full\n'=,BE,full\n");
        assert!(rows.is_empty());
        let got: Vec<RowProblem> = errors.into_iter().map(|e| e.problem).collect();
        assert_eq!(got, [RowProblem::FormulaStart('='), RowProblem::NoLetter]);
    }

    #[test]
    fn names_are_stored_composed() {
        let (rows, errors) = parse_register("name,country,kind\nCafe\u{301} Society,FR,full\n");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows[0].name, "Café Society");
    }

    /// The duplicate check looks each row up once: the names it compares
    /// grow with the file, not with its square (20,000 rows compared each
    /// with every earlier one would be 200 million comparisons).
    #[test]
    fn the_duplicate_check_is_linear() {
        for n in [1_000u64, 20_000] {
            let mut text = String::from("name,country,kind\n");
            for i in 0..n {
                text.push_str(&format!("Member {i},BE,full\n"));
            }
            // Every row once more, in capitals: each a duplicate.
            for i in 0..n {
                text.push_str(&format!("MEMBER {i},BE,full\n"));
            }
            let (rows, errors, comparisons) = parse_register_counted(&text);
            assert_eq!((rows.len() as u64, errors.len() as u64), (n, n));
            assert!(comparisons <= 2 * n, "{comparisons} comparisons for {n} rows");
        }
    }

    #[test]
    fn the_index_prefers_the_exact_name_and_refuses_an_ambiguous_one() {
        let mut index = NameIndex::new();
        index.insert("Alpha Network", 1);
        index.insert("ALPHA NETWORK", 2);
        index.insert("Beta Forum", 3);
        index.insert("Wiener Bürgerforum", 4);
        index.insert("Aalborg Forum", 5);
        let table = [
            ("Wiener Buergerforum", NameMatch::LooksLike(4)),
            ("Ålborg Forum", NameMatch::LooksLike(5)),
            ("Alpha Network", NameMatch::Exact(1)),
            ("ALPHA NETWORK", NameMatch::Exact(2)),
            ("alpha network", NameMatch::Ambiguous(vec![1, 2])),
            ("beta  forum", NameMatch::Same(3)),
            ("B\u{435}ta Forum", NameMatch::LooksLike(3)),
            ("Gamma", NameMatch::None),
        ];
        for (name, want) in table {
            assert_eq!(index.find(name), want, "{name:?}");
        }
    }

    proptest! {
        /// What we write, we read back the same.
        #[test]
        fn export_then_import_round_trips(names in proptest::collection::btree_set("[A-Za-z][A-Za-z ,\\x22'-]{0,30}", 0..20)) {
            let orgs: Vec<(String, &str, OrgKind, OrgStatus)> = names
                .iter()
                .map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty())
                .enumerate()
                .map(|(i, n)| (n, "BE", if i % 2 == 0 { OrgKind::Full } else { OrgKind::Affiliate }, OrgStatus::Active))
                .collect();
            let mut unique: Vec<_> = orgs.clone();
            unique.sort_by_key(|o| crate::domain::text::look_alike_key(&o.0));
            unique.dedup_by_key(|o| crate::domain::text::look_alike_key(&o.0));
            let text = write_register(unique.iter().map(|(n, c, k, s)| (n.as_str(), *c, *k, *s)));
            let (rows, errors) = parse_register(&text);
            prop_assert!(errors.is_empty(), "{:?}", errors);
            prop_assert_eq!(rows.len(), unique.len());
            for (row, org) in rows.iter().zip(&unique) {
                prop_assert_eq!(&row.name, &org.0);
                prop_assert_eq!(row.kind, org.2);
            }
        }
    }
}
