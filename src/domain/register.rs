//! The member register's CSV form: `name,country,kind[,status]`, with a
//! header line. Parsing is pure; every bad row is reported with its line.

use super::organisation::{valid_country, OrgKind, OrgStatus};

/// One good row of a register file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterRow {
    /// The line in the file (1 is the header).
    pub line: u64,
    pub name: String,
    pub country: String,
    pub kind: OrgKind,
    pub status: OrgStatus,
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
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut rows: Vec<RegisterRow> = Vec::new();
    let mut errors = Vec::new();
    let mut seen_header = false;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                errors.push(RowError { line, problem: RowProblem::Unreadable(e.to_string()) });
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
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
                return (rows, errors);
            }
            continue;
        }
        let problem = |p| RowError { line, problem: p };
        if !(3..=4).contains(&record.len()) {
            errors.push(problem(RowProblem::WrongFieldCount(record.len())));
            continue;
        }
        let name = record.get(0).unwrap_or_default().to_string();
        let country = record.get(1).unwrap_or_default().to_uppercase();
        let kind_label = record.get(2).unwrap_or_default().to_lowercase();
        let status_label = record.get(3).unwrap_or("active").to_lowercase();
        let status_label = if status_label.is_empty() { "active".to_string() } else { status_label };
        if name.is_empty() {
            errors.push(problem(RowProblem::EmptyName));
            continue;
        }
        if name.chars().count() > 200 {
            errors.push(problem(RowProblem::NameTooLong));
            continue;
        }
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
        if let Some(first) = rows.iter().find(|r| r.name.to_lowercase() == name.to_lowercase()) {
            errors.push(problem(RowProblem::DuplicateName(first.line)));
            continue;
        }
        rows.push(RegisterRow { line, name, country, kind, status });
    }
    if !seen_header {
        errors.push(RowError { line: 1, problem: RowProblem::MissingHeader });
    }
    (rows, errors)
}

/// Writes the register as CSV with its header.
pub fn write_register<'a>(rows: impl IntoIterator<Item = (&'a str, &'a str, OrgKind, OrgStatus)>) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record(["name", "country", "kind", "status"]);
    for (name, country, kind, status) in rows {
        let _ = out.write_record([name, country, kind.as_str(), status.as_str()]);
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
            unique.sort_by_key(|o| o.0.to_lowercase());
            unique.dedup_by_key(|o| o.0.to_lowercase());
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
