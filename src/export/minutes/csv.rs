//! The record as CSV: attendance, proxies and roll-call votes, one row per
//! line of the record, for spreadsheets.

use std::io;

/// Writes rows under a header as CSV.
pub fn write(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> io::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header)?;
    for r in rows {
        // Cells a spreadsheet would run as formulas (a delegate's motion
        // title or proxy document beginning with `=`) are made text.
        w.write_record(r.iter().map(|c| crate::domain::text::spreadsheet_cell(c).into_owned()))?;
    }
    let bytes = w.into_inner().map_err(|e| io::Error::other(e.to_string()))?;
    String::from_utf8(bytes).map_err(io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_and_quotes_are_quoted() {
        let out = write(&["name", "note"], [vec!["Alpha, Beta".to_string(), "said \"yes\"".to_string()]]).unwrap();
        assert_eq!(out, "name,note\n\"Alpha, Beta\",\"said \"\"yes\"\"\"\n");
    }

    #[test]
    fn cells_that_would_run_as_formulas_are_made_text() {
        let out =
            write(&["motion"], [vec!["=HYPERLINK(\"http://x\")".to_string()], vec!["-5% budget".to_string()]]).unwrap();
        assert_eq!(out, "motion\n\"'=HYPERLINK(\"\"http://x\"\")\"\n'-5% budget\n");
    }
}
