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

use crate::domain::majority::Outcome;
use crate::domain::motion::MotionState;
use crate::i18n::{fraction, motion_state_label, Lang, Msg};
use crate::service::minutes::{Minutes, PollPart, QuorumPart};

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

/// The minutes laid out in `lang` (one of the assembly's official
/// languages): every heading, label, sentence and date in that language,
/// from the same record. Names, titles and texts stay as they were written.
pub fn blocks(m: &Minutes, lang: Lang) -> Vec<Block> {
    use Block::*;
    let say = |msg: Msg| msg.text(lang);
    let when = |t: &str| crate::views::when_in(lang, t);
    let list = |names: &[String]| if names.is_empty() { say(Msg::MinutesNone) } else { names.join(", ") };
    let n = |v: usize| -> crate::i18n::Count { (v as u64).into() };
    let a = &m.assembly;
    let mut b = vec![Title(say(Msg::MinutesOf { title: a.title.clone() }))];
    let status = match &m.approved_at {
        Some(at) => Msg::MinutesApprovedSealed { at: when(at) },
        None => Msg::MinutesDraft,
    };
    b.push(Small(say(status)));
    let quorum = match &a.quorum_rule {
        Some(QuorumPart { fraction: None }) => say(Msg::MinutesQuorumNone),
        Some(QuorumPart { fraction: Some(f) }) => say(Msg::MinutesQuorumOf { fraction: Box::new(fraction(*f)) }),
        // Minutes sealed before the rule was kept: their English words.
        None => a.quorum.clone(),
    };
    let not_yet = || say(Msg::MinutesNotYet);
    b.push(Table {
        head: vec!["".into(), "".into()],
        rows: vec![
            vec![
                say(Msg::MinutesAssembly),
                say(Msg::MinutesAssemblyLine {
                    title: a.title.clone(),
                    kind: a.kind.clone(),
                    format: a.format.clone(),
                }),
            ],
            vec![say(Msg::MinutesCalledFor), when(&a.starts_at)],
            vec![say(Msg::MinutesSessionOpened), a.opened_at.as_deref().map(when).unwrap_or_else(not_yet)],
            vec![say(Msg::MinutesClosed), a.closed_at.as_deref().map(when).unwrap_or_else(not_yet)],
            vec![say(Msg::MinutesVenue), a.venue.clone()],
            vec![
                say(Msg::MinutesConvocation),
                say(if a.convocation >= 2 { Msg::MinutesSecondConvocation } else { Msg::MinutesFirstConvocation }),
            ],
            vec![
                say(Msg::MinutesNoticeSent),
                a.notice_sent_on
                    .as_deref()
                    .map(|d| d.parse().map_or_else(|_| d.to_string(), |d| crate::i18n::date(lang, d)))
                    .unwrap_or_else(|| say(Msg::MinutesNotRecorded)),
            ],
            vec![say(Msg::MinutesQuorum), quorum],
        ],
    });
    if !m.narrative.trim().is_empty() {
        b.push(Heading(say(Msg::MinutesRecordOfSession)));
        b.push(Markdown(m.narrative.clone()));
    }

    let at = &m.attendance;
    b.push(Heading(say(Msg::MinutesAttendance)));
    b.push(Para(say(Msg::MinutesAttendanceCounts {
        full: n(at.full_members),
        room: n(at.in_room.len()),
        remote: n(at.remote.len()),
        represented: n(at.represented.len()),
        absent: n(at.absent.len()),
        affiliates: n(at.affiliates.len()),
    })));
    let represented: Vec<String> = at
        .represented
        .iter()
        .map(|(o, by)| say(Msg::MinutesRepresentedBy { org: o.clone(), holder: by.clone() }))
        .collect();
    b.push(Table {
        head: vec![say(Msg::MinutesAttendance), say(Msg::MinutesOrganisations)],
        rows: vec![
            vec![say(Msg::MinutesInTheRoom), list(&at.in_room)],
            vec![say(Msg::MinutesRemote), list(&at.remote)],
            vec![say(Msg::MinutesRepresented), list(&represented)],
            vec![say(Msg::MinutesAbsent), list(&at.absent)],
            vec![say(Msg::MinutesAffiliates), list(&at.affiliates)],
        ],
    });
    if !m.proxies.is_empty() {
        let closed = if a.closed_at.is_some() { "yes" } else { "no" };
        b.push(Subheading(say(Msg::MinutesProxies)));
        b.push(Table {
            head: vec![
                say(Msg::MinutesGrantor),
                say(Msg::MinutesHolder),
                say(Msg::ProxyDocument),
                say(Msg::MinutesState),
            ],
            rows: m
                .proxies
                .iter()
                .map(|p| {
                    vec![
                        p.grantor.clone(),
                        p.holder.clone(),
                        p.document.clone().unwrap_or_default(),
                        say(Msg::MinutesProxyState { state: p.state.clone(), closed: closed.into() }),
                    ]
                })
                .collect(),
        });
    }

    b.push(Heading(say(Msg::Agenda)));
    b.push(Table {
        head: vec!["#".into(), say(Msg::MinutesItem), say(Msg::Kind)],
        rows: m
            .agenda
            .iter()
            .map(|i| {
                vec![i.position.to_string(), i.title.clone(), say(Msg::MinutesAgendaKind { kind: i.kind.clone() })]
            })
            .collect(),
    });

    if !m.motions.is_empty() {
        b.push(Heading(say(Msg::MinutesMotions)));
    }
    for mo in &m.motions {
        let state = MotionState::parse(&mo.state).map_or_else(|| mo.state.clone(), |st| say(motion_state_label(st)));
        b.push(Subheading(say(Msg::MinutesMotionHeading { title: mo.title.clone(), kind: mo.kind.clone(), state })));
        let mut who = say(match &mo.proposer {
            Some(org) => Msg::MinutesProposedBy { org: org.clone() },
            None => Msg::MinutesProposedBySecretariat,
        });
        if let Some(of) = &mo.amends {
            who.push(' ');
            who.push_str(&say(Msg::MinutesAmends { title: of.clone() }));
        }
        b.push(Small(who));
        if !mo.text.trim().is_empty() {
            b.push(Markdown(mo.text.clone()));
        }
        // Which text is authoritative, and the translations members could
        // read, each by its digest.
        if let (Some(language), Some(sha256)) = (&mo.language, &mo.text_sha256) {
            let mut texts = vec![say(Msg::MinutesAuthoritative {
                language: crate::i18n::language_named(language),
                sha256: sha256.clone(),
            })];
            texts.extend(mo.translations.iter().map(|t| {
                say(Msg::MinutesTranslation {
                    language: crate::i18n::language_named(&t.language),
                    by: t.by.clone(),
                    at: when(&t.at),
                    sha256: t.sha256.clone(),
                })
            }));
            b.push(Small(texts.join(" ")));
        }
        if let Some(r) = &mo.decision_reason {
            b.push(Para(say(Msg::MinutesReasonRecorded { reason: r.clone() })));
        }
        for (org, text) in &mo.opinions {
            b.push(Para(say(Msg::MinutesOpinion { org: org.clone(), text: text.clone() })));
        }
        for p in &mo.polls {
            poll_blocks(&mut b, p, lang);
        }
    }

    if !m.elections.is_empty() {
        b.push(Heading(say(Msg::Elections)));
    }
    for e in &m.elections {
        let seats = u64::try_from(e.seats).unwrap_or(0);
        b.push(Subheading(say(Msg::MinutesElectionHeading { title: e.title.clone(), seats: seats.into() })));
        for r in &e.rounds {
            let (round, ballots, blank, elected) =
                (r.round.to_string(), r.ballots.into(), r.abstentions.into(), list(&r.elected));
            b.push(Para(say(if r.runoff.is_empty() {
                Msg::MinutesRound { round, ballots, blank, elected }
            } else {
                Msg::MinutesRoundRunoff { round, ballots, blank, elected, runoff: r.runoff.join(", ") }
            })));
            b.push(Table {
                head: vec![say(Msg::MinutesCandidate), say(Msg::MinutesApprovals)],
                rows: r.ranking.iter().map(|(c, v)| vec![c.clone(), v.to_string()]).collect(),
            });
            b.push(Small(say(Msg::MinutesSeal { seal: r.seal.clone() })));
        }
        b.push(Para(say(Msg::MinutesElected { names: list(&e.elected) })));
    }

    if !m.speakers.is_empty() {
        b.push(Heading(say(Msg::Speakers)));
        b.push(Table {
            head: vec![say(Msg::MinutesOrganisation), say(Msg::MinutesFrom), say(Msg::MinutesTo)],
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
        b.push(Heading(say(Msg::MinutesIncidents)));
        b.push(Table {
            head: vec![say(Msg::At), say(Msg::MinutesIncident)],
            rows: m.incidents.iter().map(|i| vec![when(&i.at), i.body.clone()]).collect(),
        });
    }
    b.push(Small(say(Msg::MinutesSealedWith { key: m.public_key.clone() })));
    b
}

/// A closed vote in the minutes: its verdict and numbers in words, the
/// count as bars, the room's count apart, the quorum and the seal, the
/// roll call.
fn poll_blocks(b: &mut Vec<Block>, p: &PollPart, lang: Lang) {
    use Block::*;
    let say = |msg: Msg| msg.text(lang);
    // English says the sealed sentence itself; another language says the
    // verdict in its words, and the numbers follow from the decision.
    // Minutes sealed before the decision was kept say their English
    // sentences, marked as such.
    let (verdict, in_words, english) = match (&p.decision, lang) {
        (_, Lang::En) | (None, _) => (p.explanation.clone(), p.in_words.clone(), lang != Lang::En),
        (Some(d), _) => {
            let verdict =
                if p.outcome == Outcome::Carried.as_str() { Msg::VerdictCarried } else { Msg::VerdictRejected };
            (say(verdict), d.in_words(lang), false)
        }
    };
    let verdict = if english { format!("{} {verdict}", say(Msg::InTheRecord)) } else { verdict };
    let at = crate::views::when_in(lang, &p.closed_at);
    b.push(Para(say(Msg::MinutesVote { ballot: p.ballot.clone(), at, verdict })));
    for w in in_words {
        b.push(Para(w));
    }
    b.push(Bars(vec![(say(Msg::Yes), p.yes), (say(Msg::No), p.no), (say(Msg::Abstain), p.abstain)]));
    if let Some(room) = &p.room {
        let online = |all: u64, room: u64| all.saturating_sub(room).to_string();
        let organisations = Box::new(Msg::Organisations { count: room.organisations.into() });
        b.push(Table {
            head: vec![say(Msg::MinutesCounted), say(Msg::Yes), say(Msg::No), say(Msg::Abstain)],
            rows: vec![
                vec![
                    say(Msg::MinutesInTheRoomTellers { organisations }),
                    room.yes.to_string(),
                    room.no.to_string(),
                    room.abstain.to_string(),
                ],
                vec![say(Msg::Online), online(p.yes, room.yes), online(p.no, room.no), online(p.abstain, room.abstain)],
                vec![say(Msg::Together), p.yes.to_string(), p.no.to_string(), p.abstain.to_string()],
            ],
        });
    }
    let quorum = match &p.at_vote {
        Some(v) => say(Msg::MinutesAtVote {
            present: v.present.into(),
            represented: v.represented.into(),
            full: v.full_members.into(),
            eligible: v.eligible.into(),
        }),
        None => p.quorum.clone(),
    };
    b.push(Small(format!("{quorum} {}", say(Msg::MinutesSeal { seal: p.seal.clone() }))));
    if !p.roll_call.is_empty() {
        b.push(Table {
            head: vec![say(Msg::MinutesOrganisation), say(Msg::MinutesVoteColumn)],
            rows: p
                .roll_call
                .iter()
                .map(|(o, c)| vec![o.clone(), say(Msg::MinutesChoice { choice: c.clone() })])
                .collect(),
        });
    }
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

    /// Minutes sealed before they kept their languages, decisions and
    /// quorum rule: English is their one language; read in another, their
    /// English sentences are shown as the record's, marked as such.
    fn sealed_before_languages() -> Minutes {
        let poll = serde_json::json!({
            "id": 1, "ballot": "roll_call", "closed_at": "2026-05-16T10:00:00.000000Z",
            "yes": 2, "no": 1, "abstain": 0, "outcome": "carried",
            "explanation": "Carried: 2 of 3 votes cast (> 1/2); quorum 3 of 3 (>= 1/2).",
            "quorum": "At the vote: 2 present and 1 represented of 3 full members; 3 eligible.",
            "roll_call": [["Alpha Network", "yes"]], "seal": "ab12",
            "in_words": ["2 in favour, 1 against, no abstention."]
        });
        serde_json::from_value(serde_json::json!({
            "assembly": {"id": 1, "title": "AGM", "kind": "ordinary", "format": "hybrid", "venue": "Brussels",
                "starts_at": "2026-05-16T09:00:00.000000Z", "convocation": 1, "notice_sent_on": null,
                "quorum": ">= 1/2 of the full members"},
            "status": "approved", "approved_at": "2026-05-20T09:00:00.000000Z", "public_key": "00",
            "narrative": "", "attendance": {"full_members": 3, "in_room": [], "remote": ["Alpha Network"],
                "represented": [], "absent": [], "affiliates": []},
            "proxies": [], "agenda": [],
            "motions": [{"id": 1, "title": "Accounts", "kind": "ordinary", "state": "carried", "text": "",
                "proposer": null, "amends": null, "decision_reason": null, "opinions": [], "polls": [poll]}],
            "elections": [], "speakers": [], "incidents": []
        }))
        .expect("minutes of the older shape")
    }

    fn texts(blocks: &[Block]) -> String {
        format!("{blocks:?}")
    }

    #[test]
    fn older_minutes_say_their_english_words_as_the_records() {
        let m = sealed_before_languages();
        assert_eq!(m.languages().tags(), ["en"]);
        let en = texts(&blocks(&m, Lang::En));
        assert!(en.contains("Carried: 2 of 3 votes cast") && !en.contains(&Msg::InTheRecord.text(Lang::En)), "{en}");
        let fr = texts(&blocks(&m, Lang::Fr));
        let marked = format!("{} Carried: 2 of 3 votes cast", Msg::InTheRecord.text(Lang::Fr));
        assert!(fr.contains(&marked), "{fr}");
        assert!(fr.contains(">= 1/2 of the full members") && fr.contains("At the vote: 2 present"), "{fr}");
        assert!(fr.contains(&Msg::MinutesAttendance.text(Lang::Fr)), "{fr}");
    }

    #[test]
    fn minutes_that_keep_the_decision_say_it_in_each_language() {
        let mut m = sealed_before_languages();
        m.assembly.languages = vec!["de".into(), "fr".into()];
        m.assembly.quorum_rule = Some(QuorumPart { fraction: None });
        let poll = &mut m.motions[0].polls[0];
        poll.decision = Some(crate::i18n::DecisionWords {
            yes: 2,
            no: 1,
            abstain: 0,
            majority: crate::domain::majority::MajorityRule::SIMPLE,
            base_count: 3,
            casting_vote: false,
            quorum_required: false,
            quorate: true,
            counted: 3,
            full_members: 3,
            required: 0,
        });
        poll.at_vote =
            Some(crate::service::minutes::AtVotePart { present: 2, represented: 1, full_members: 3, eligible: 3 });
        assert_eq!(m.languages().first(), Lang::De);
        for lang in [Lang::De, Lang::Fr] {
            let said = texts(&blocks(&m, lang));
            assert!(!said.contains("Carried") && !said.contains("full members"), "{said}");
            assert!(said.contains(&Msg::VerdictCarried.text(lang)), "{said}");
            assert!(said.contains(&Msg::MinutesQuorumNone.text(lang)), "{said}");
            let tally = Msg::TallyLine { yes: 2u64.into(), no: 1u64.into(), abstain: 0u64.into() }.text(lang);
            assert!(said.contains(&tally), "{said}");
        }
    }
}
