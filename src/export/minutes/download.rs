//! The file of each format: the minutes (PDF, HTML, Markdown) and the
//! record's tables (CSV), made from what the service gathered.

use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::service::attendance::StayView;
use crate::service::minutes::{Download, Minutes};
use crate::service::organisations::OrganisationView;
use std::collections::HashMap;

/// The formats of the minutes and of the record's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Html,
    Markdown,
    AttendanceCsv,
    ProxiesCsv,
    RollCallCsv,
}

impl Format {
    /// From the file's name: `minutes.pdf`, `minutes.html`, `minutes.md`,
    /// `attendance.csv`, `proxies.csv`, `roll-call.csv`.
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "minutes.pdf" => Format::Pdf,
            "minutes.html" => Format::Html,
            "minutes.md" => Format::Markdown,
            "attendance.csv" => Format::AttendanceCsv,
            "proxies.csv" => Format::ProxiesCsv,
            "roll-call.csv" => Format::RollCallCsv,
            _ => return None,
        })
    }
}

/// What the attendance table lists: every stay, and the register that
/// names its organisations.
pub struct Attendance<'a> {
    pub stays: &'a [StayView],
    pub organisations: &'a [OrganisationView],
}

/// The file of the minutes, or of one of the record's tables, in a
/// format. The attendance table also needs every stay and the register.
///
/// The minutes are written in `lang`, one of the assembly's official
/// languages; the tables are data (the record's codes) in every language.
pub fn file(
    m: &Minutes,
    assembly_id: i64,
    format: Format,
    attendance: Option<Attendance<'_>>,
    lang: Lang,
) -> AppResult<Download> {
    let blocks = super::blocks(m, lang);
    let title = Msg::MinutesOf { title: m.assembly.title.clone() }.text(lang);
    let name = |ext: &str| format!("plenum-assembly-{assembly_id}-{ext}");
    // The minutes' files say their language: "minutes.fr.pdf".
    let minutes_name = |ext: &str| name(&format!("minutes.{}.{ext}", lang.tag()));
    let csv_err = |e: std::io::Error| AppError::internal(e.to_string());
    Ok(match format {
        Format::Markdown => Download {
            public_key: m.public_key.clone(),
            content_type: "text/markdown; charset=utf-8",
            filename: minutes_name("md"),
            body: super::markdown::render(&blocks).into_bytes(),
            language: Some(lang),
        },
        Format::Html => Download {
            public_key: m.public_key.clone(),
            content_type: "text/html; charset=utf-8",
            filename: minutes_name("html"),
            body: super::html::render(&title, lang, &blocks).into_string().into_bytes(),
            language: Some(lang),
        },
        Format::Pdf => {
            let footer =
                Msg::MinutesFooter { title: m.assembly.title.clone(), status: m.status.to_string() }.text(lang);
            // Dated by the minutes themselves, never by the export's
            // moment: the same minutes make the same file.
            let dated = [m.approved_at.as_deref(), m.assembly.closed_at.as_deref(), Some(&m.assembly.starts_at)]
                .into_iter()
                .flatten()
                .find_map(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                .map_or(0, |t| t.timestamp());
            let body = super::pdf::render(&title, &footer, dated, lang, &blocks).map_err(AppError::internal)?;
            Download {
                public_key: m.public_key.clone(),
                content_type: "application/pdf",
                filename: minutes_name("pdf"),
                body,
                language: Some(lang),
            }
        }
        Format::AttendanceCsv => {
            let Attendance { stays, organisations } =
                attendance.ok_or_else(|| AppError::internal("the attendance table without its stays"))?;
            let orgs: HashMap<i64, &OrganisationView> = organisations.iter().map(|o| (o.id, o)).collect();
            let rows = stays.iter().map(|s| {
                let o = orgs.get(&s.organisation_id);
                vec![
                    o.map(|o| o.name.clone()).unwrap_or_default(),
                    o.map(|o| o.country.clone()).unwrap_or_default(),
                    o.map(|o| o.kind.to_string()).unwrap_or_default(),
                    s.mode.as_str().to_string(),
                    s.arrived_at.clone(),
                    s.left_at.clone().unwrap_or_default(),
                ]
            });
            let body = super::csv::write(&["organisation", "country", "kind", "mode", "arrived_at", "left_at"], rows)
                .map_err(csv_err)?;
            Download {
                public_key: m.public_key.clone(),
                content_type: "text/csv; charset=utf-8",
                filename: name("attendance.csv"),
                body: body.into_bytes(),
                language: None,
            }
        }
        Format::ProxiesCsv => {
            // After the close no proxy is "live": it was in force when the
            // assembly closed.
            let closed = m.assembly.closed_at.is_some();
            let rows = m.proxies.iter().map(|p| {
                let state =
                    if closed && p.state == "live" { "in force at the close".to_string() } else { p.state.clone() };
                vec![p.grantor.clone(), p.holder.clone(), p.document.clone().unwrap_or_default(), state]
            });
            let body = super::csv::write(&["grantor", "holder", "document", "state"], rows).map_err(csv_err)?;
            Download {
                public_key: m.public_key.clone(),
                content_type: "text/csv; charset=utf-8",
                filename: name("proxies.csv"),
                body: body.into_bytes(),
                language: None,
            }
        }
        Format::RollCallCsv => {
            let rows = m.motions.iter().flat_map(|mo| {
                mo.polls.iter().flat_map(move |p| {
                    p.roll_call.iter().map(move |(org, choice)| {
                        vec![p.id.to_string(), mo.title.clone(), org.clone(), choice.clone(), p.ballot.clone()]
                    })
                })
            });
            // The ballot type says which lines are a roll call and which a
            // tellers poll's online ballots (the room's count is in the minutes).
            let body =
                super::csv::write(&["poll", "motion", "organisation", "choice", "ballot"], rows).map_err(csv_err)?;
            Download {
                public_key: m.public_key.clone(),
                content_type: "text/csv; charset=utf-8",
                filename: name("roll-call.csv"),
                body: body.into_bytes(),
                language: None,
            }
        }
    })
}
