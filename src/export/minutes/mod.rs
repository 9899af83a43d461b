//! The minutes of an assembly, generated from the record. The service
//! gathers a [`Minutes`] (plain data, serialisable: the approved minutes are
//! this, frozen and sealed); [`blocks`] lays it out once as headings,
//! paragraphs and tables; each format renders the blocks; [`download`]
//! makes the file of a format.

pub mod csv;
pub mod html;
pub mod markdown;
pub mod pdf;

pub mod download;

use crate::service::minutes::Minutes;

/// How the minutes read Markdown texts (as the pages render them).
pub(crate) const MARKDOWN_OPTIONS: pulldown_cmark::Options =
    pulldown_cmark::Options::ENABLE_TABLES.union(pulldown_cmark::Options::ENABLE_STRIKETHROUGH);

/// The minutes laid out, for every format.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Title(String),
    Heading(String),
    Subheading(String),
    Para(String),
    /// Text the secretariat or a proposer wrote, in Markdown.
    Markdown(String),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// A result as bars: (label, count).
    Bars(Vec<(String, u64)>),
    Small(String),
}

fn list(names: &[String]) -> String {
    if names.is_empty() {
        "none".to_string()
    } else {
        names.join(", ")
    }
}

/// Lays the minutes out.
pub fn blocks(m: &Minutes) -> Vec<Block> {
    use Block::*;
    let a = &m.assembly;
    let mut b = vec![Title(format!("Minutes: {}", a.title))];
    let status = match &m.approved_at {
        Some(at) => format!("Approved minutes, sealed {}.", when(at)),
        None => "Draft minutes: not yet approved.".to_string(),
    };
    b.push(Small(status));
    b.push(Table {
        head: vec!["".into(), "".into()],
        rows: vec![
            vec!["Assembly".into(), format!("{} ({}, {})", a.title, a.kind, a.format)],
            vec!["Called for".into(), when(&a.starts_at)],
            vec!["Session opened".into(), a.opened_at.as_deref().map(when).unwrap_or_else(|| "not yet".into())],
            vec!["Closed".into(), a.closed_at.as_deref().map(when).unwrap_or_else(|| "not yet".into())],
            vec!["Venue".into(), a.venue.clone()],
            vec![
                "Convocation".into(),
                if a.convocation >= 2 { "second convocation".into() } else { "first convocation".into() },
            ],
            vec!["Notice sent".into(), a.notice_sent_on.clone().unwrap_or_else(|| "not recorded".into())],
            vec!["Quorum".into(), a.quorum.clone()],
        ],
    });
    if !m.narrative.trim().is_empty() {
        b.push(Heading("Record of the session".into()));
        b.push(Markdown(m.narrative.clone()));
    }

    let at = &m.attendance;
    b.push(Heading("Attendance".into()));
    b.push(Para(format!(
        "{} full members: {} in the room, {} remote, {} represented by proxy, {} absent. Affiliates attending in an advisory capacity: {}.",
        at.full_members,
        at.in_room.len(),
        at.remote.len(),
        at.represented.len(),
        at.absent.len(),
        at.affiliates.len()
    )));
    b.push(Table {
        head: vec!["Attendance".into(), "Organisations".into()],
        rows: vec![
            vec!["In the room".into(), list(&at.in_room)],
            vec!["Remote".into(), list(&at.remote)],
            vec![
                "Represented".into(),
                list(&at.represented.iter().map(|(o, by)| format!("{o} (by {by})")).collect::<Vec<_>>()),
            ],
            vec!["Absent".into(), list(&at.absent)],
            vec!["Affiliates (advisory)".into(), list(&at.affiliates)],
        ],
    });
    if !m.proxies.is_empty() {
        b.push(Subheading("Proxies".into()));
        b.push(Table {
            head: vec!["Grantor".into(), "Holder".into(), "Document".into(), "State".into()],
            rows: m
                .proxies
                .iter()
                .map(|p| {
                    vec![p.grantor.clone(), p.holder.clone(), p.document.clone().unwrap_or_default(), p.state.clone()]
                })
                .collect(),
        });
    }

    b.push(Heading("Agenda".into()));
    b.push(Table {
        head: vec!["#".into(), "Item".into(), "Kind".into()],
        rows: m.agenda.iter().map(|i| vec![i.position.to_string(), i.title.clone(), i.kind.clone()]).collect(),
    });

    if !m.motions.is_empty() {
        b.push(Heading("Motions".into()));
    }
    for mo in &m.motions {
        b.push(Subheading(format!("{} ({}): {}", mo.title, mo.kind, mo.state)));
        let mut who = format!("Proposed by {}.", mo.proposer.clone().unwrap_or_else(|| "the secretariat".into()));
        if let Some(of) = &mo.amends {
            who.push_str(&format!(" An amendment to \"{of}\"."));
        }
        b.push(Small(who));
        if !mo.text.trim().is_empty() {
            b.push(Markdown(mo.text.clone()));
        }
        if let Some(r) = &mo.decision_reason {
            b.push(Para(format!("Reason recorded: {r}")));
        }
        for (org, text) in &mo.opinions {
            b.push(Para(format!("Advisory opinion of {org}: {text}")));
        }
        for p in &mo.polls {
            b.push(Para(format!(
                "Vote ({}, closed {}): {}",
                p.ballot.replace('_', " "),
                when(&p.closed_at),
                p.explanation
            )));
            for w in &p.in_words {
                b.push(Para(w.clone()));
            }
            b.push(Bars(vec![("Yes".into(), p.yes), ("No".into(), p.no), ("Abstain".into(), p.abstain)]));
            if let Some(room) = &p.room {
                let online = |all: u64, room: u64| all.saturating_sub(room).to_string();
                b.push(Table {
                    head: vec!["Counted".into(), "Yes".into(), "No".into(), "Abstain".into()],
                    rows: vec![
                        vec![
                            format!(
                                "In the room (tellers, {})",
                                crate::i18n::organisations(crate::i18n::Lang::En, room.organisations)
                            ),
                            room.yes.to_string(),
                            room.no.to_string(),
                            room.abstain.to_string(),
                        ],
                        vec![
                            "Online".into(),
                            online(p.yes, room.yes),
                            online(p.no, room.no),
                            online(p.abstain, room.abstain),
                        ],
                        vec!["Together".into(), p.yes.to_string(), p.no.to_string(), p.abstain.to_string()],
                    ],
                });
            }
            b.push(Small(format!("{} Seal {}.", p.quorum, p.seal)));
            if !p.roll_call.is_empty() {
                b.push(Table {
                    head: vec!["Organisation".into(), "Vote".into()],
                    rows: p.roll_call.iter().map(|(o, c)| vec![o.clone(), c.clone()]).collect(),
                });
            }
        }
    }

    if !m.elections.is_empty() {
        b.push(Heading("Elections".into()));
    }
    for e in &m.elections {
        b.push(Subheading(format!("{} ({})", e.title, count(u64::try_from(e.seats).unwrap_or(0), "seat", "seats"))));
        for r in &e.rounds {
            b.push(Para(format!(
                // "Blank", as the chair's page and the API's
                // `abstentions` of a round are read: a ballot naming no one.
                "Round {}: {}, of which {} blank; elected: {}{}.",
                r.round,
                count(r.ballots, "ballot", "ballots"),
                r.abstentions,
                list(&r.elected),
                if r.runoff.is_empty() {
                    String::new()
                } else {
                    format!("; tied for a run-off: {}", r.runoff.join(", "))
                }
            )));
            b.push(Table {
                head: vec!["Candidate".into(), "Approvals".into()],
                rows: r.ranking.iter().map(|(c, v)| vec![c.clone(), v.to_string()]).collect(),
            });
            b.push(Small(format!("Seal {}.", r.seal)));
        }
        b.push(Para(format!("Elected: {}.", list(&e.elected))));
    }

    if !m.speakers.is_empty() {
        b.push(Heading("Speakers".into()));
        b.push(Table {
            head: vec!["Organisation".into(), "From".into(), "To".into()],
            rows: m
                .speakers
                .iter()
                .map(|s| {
                    vec![
                        s.organisation.clone(),
                        when(&s.started_at),
                        s.ended_at.as_deref().map(when).unwrap_or_default(),
                    ]
                })
                .collect(),
        });
    }
    if !m.incidents.is_empty() {
        b.push(Heading("Incidents recorded by the chair".into()));
        b.push(Table {
            head: vec!["At".into(), "Incident".into()],
            rows: m.incidents.iter().map(|i| vec![when(&i.at), i.body.clone()]).collect(),
        });
    }
    b.push(Small(format!(
        "Every result above is sealed with the instance's Ed25519 key {}. Auditors check them offline with plenum verify.",
        m.public_key
    )));
    b
}

/// A piece of a narrative as the PDF sets it: a paragraph of plain text or
/// a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Para(String),
    Table { head: Vec<String>, rows: Vec<Vec<String>> },
}

/// Markdown as the PDF's pieces: paragraphs, list items and headings as
/// plain text, tables as tables. Raw HTML is never shown; neither is what a
/// script or style holds.
pub fn markdown_pieces(markdown: &str) -> Vec<Piece> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut hidden = false;
    // A table being read: its head, its rows, the row being read.
    let mut table: Option<(Vec<String>, Vec<Vec<String>>)> = None;
    let mut row: Vec<String> = Vec::new();
    let flush = |cur: &mut String, out: &mut Vec<Piece>| {
        if !cur.trim().is_empty() {
            out.push(Piece::Para(cur.trim().to_string()));
        }
        cur.clear();
    };
    for e in Parser::new_ext(markdown, MARKDOWN_OPTIONS) {
        match e {
            Event::InlineHtml(h) | Event::Html(h) => {
                let tag = h.trim_start().to_ascii_lowercase();
                if tag.starts_with("<script") || tag.starts_with("<style") {
                    hidden = !tag.contains("</script") && !tag.contains("</style");
                } else if tag.starts_with("</script") || tag.starts_with("</style") {
                    hidden = false;
                }
            }
            Event::Text(_) | Event::Code(_) if hidden => {}
            Event::Text(t) | Event::Code(t) => cur.push_str(&t),
            Event::SoftBreak | Event::HardBreak => cur.push(' '),
            Event::Start(Tag::Item) => cur.push_str("• "),
            Event::Start(Tag::Table(_)) => {
                flush(&mut cur, &mut out);
                table = Some((vec![], vec![]));
            }
            Event::End(TagEnd::TableCell) => row.push(std::mem::take(&mut cur).trim().to_string()),
            Event::End(TagEnd::TableHead) => {
                if let Some((head, _)) = table.as_mut() {
                    *head = std::mem::take(&mut row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some((_, rows)) = table.as_mut() {
                    rows.push(std::mem::take(&mut row));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some((head, rows)) = table.take() {
                    out.push(Piece::Table { head, rows });
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
                flush(&mut cur, &mut out);
            }
            _ => {}
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// An RFC 3339 time as the minutes give it: `2026-05-16 09:00 UTC`.
fn when(t: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(t)
        .map(|d| d.with_timezone(&chrono::Utc).format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|_| t.to_string())
}

/// `n` things in English: "no seat", "1 seat", "2 seats".
fn count(n: u64, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {one}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_plain_paragraphs_without_scripts() {
        let p = markdown_pieces(
            "Hello *world*.\n\n- one\n- two\n\nok <script>alert(1)</script> done\n\n<script>\nx()\n</script>\n",
        );
        let para = |t: &str| Piece::Para(t.into());
        assert_eq!(p, vec![para("Hello world."), para("• one"), para("• two"), para("ok  done")]);
        // Entities are read as the characters they stand for, once.
        assert_eq!(markdown_pieces("Fees &amp; dues &lt;2027&gt;"), vec![para("Fees & dues <2027>")]);
    }

    #[test]
    fn a_markdown_table_is_a_table_not_its_pipes() {
        let p =
            markdown_pieces("Before.\n\n| Item | Amount |\n|---|---:|\n| Fees | 1,200 |\n| *Gifts* | 300 |\n\nAfter.");
        assert_eq!(
            p,
            vec![
                Piece::Para("Before.".into()),
                Piece::Table {
                    head: vec!["Item".into(), "Amount".into()],
                    rows: vec![vec!["Fees".into(), "1,200".into()], vec!["Gifts".into(), "300".into()]],
                },
                Piece::Para("After.".into()),
            ]
        );
    }

    #[test]
    fn times_read_as_people_write_them() {
        assert_eq!(when("2026-05-16T09:00:00.000000Z"), "2026-05-16 09:00 UTC");
        assert_eq!(when("not a time"), "not a time");
    }
}
