//! Notices composed in the recipient's language: one list of blocks,
//! written out as plain text and as HTML, so both say the same. What is
//! composed is what is kept in the outbox and sent, unchanged, on every
//! attempt.

use crate::domain::assembly::{AssemblyFormat, AssemblyKind};
use crate::domain::motion::MotionKindPreset;
use crate::domain::quorum::QuorumRule;
use crate::i18n::{Lang, Msg};
use chrono::{NaiveDate, NaiveDateTime};
use maud::html;

/// A file sent with a message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Attachment {
    pub name: String,
    pub media_type: String,
    /// The content, base64 (standard alphabet, padded).
    pub content: String,
}

/// A message ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachments: Vec<Attachment>,
}

/// One piece of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Block {
    Heading(String),
    Line(String),
    /// A line with a link: the words, then the address.
    Link(String, String),
    List(Vec<String>),
}

/// Everything a convocation says, gathered by the services.
#[derive(Debug, Clone)]
pub struct Convocation {
    pub assembly_id: i64,
    pub title: String,
    pub kind: AssemblyKind,
    pub format: AssemblyFormat,
    pub starts_at: NaiveDateTime,
    pub venue: String,
    pub remote_link: Option<String>,
    pub agenda: Vec<String>,
    pub quorum: QuorumRule,
    /// The motion kinds and their rules, as configured.
    pub presets: Vec<(String, MotionKindPreset)>,
    pub proxy_cap: i32,
    /// The day the notice goes out, and the notice period the statutes ask.
    pub sent_on: NaiveDate,
    pub notice_days: i64,
    /// The address of plenum's own pages (`public_url`).
    pub public_url: String,
    /// A stable identifier for the calendar entry (the same in every
    /// recipient's copy and every new version of the notice).
    pub calendar_uid: String,
}

/// Whom a message is for.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub name: String,
    pub organisation: String,
    pub language: Lang,
}

/// The convocation for one recipient.
pub fn convocation(c: &Convocation, to: &Recipient) -> Composed {
    let lang = to.language;
    let t = |m: Msg| m.text(lang);
    let mut blocks = vec![
        Block::Line(t(Msg::NoticeGreeting { name: to.name.clone() })),
        Block::Line(t(Msg::NoticeConvened {
            organisation: to.organisation.clone(),
            title: c.title.clone(),
            kind: c.kind.as_str().into(),
        })),
        Block::Line(t(Msg::NoticeWhen { at: crate::i18n::date_time(lang, c.starts_at) })),
        Block::Line(t(Msg::NoticeFormat { format: c.format.as_str().into() })),
    ];
    if !c.venue.trim().is_empty() && c.format != AssemblyFormat::Remote {
        blocks.push(Block::Line(t(Msg::NoticeWhere { venue: c.venue.clone() })));
    }
    if let Some(link) = &c.remote_link {
        blocks.push(Block::Link(t(Msg::NoticeRemoteLink), link.clone()));
    }
    blocks.push(Block::Heading(t(Msg::NoticeAgenda)));
    if c.agenda.is_empty() {
        blocks.push(Block::Line(t(Msg::NoticeAgendaLater)));
    } else {
        blocks.push(Block::List(c.agenda.clone()));
    }
    blocks.push(Block::Heading(t(Msg::NoticeRules)));
    // Ordinary motions first, then the others as configured.
    let mut presets: Vec<&(String, MotionKindPreset)> = c.presets.iter().collect();
    presets.sort_by_key(|(kind, _)| kind != "ordinary");
    let presets = presets
        .into_iter()
        .map(|(kind, preset)| {
            let quorum = preset.quorum.map(|f| QuorumRule(Some(f))).unwrap_or(c.quorum);
            t(Msg::NoticePreset { kind: kind.clone(), rules: Box::new(crate::i18n::rules(&preset.majority, quorum)) })
        })
        .collect();
    blocks.push(Block::List(presets));
    blocks.push(Block::Heading(t(Msg::NoticeProxyHeading)));
    blocks.push(Block::Line(t(Msg::NoticeProxy { cap: i64::from(c.proxy_cap).into() })));
    blocks.push(Block::Line(notice_period(c, lang)));
    let page = format!("{}/delegate", c.public_url.trim_end_matches('/'));
    blocks.push(Block::Link(t(Msg::NoticeYourPage), page));
    blocks.push(Block::Line(t(Msg::NoticeCalendarAttached)));
    let subject = t(Msg::NoticeConvocationSubject { title: c.title.clone() });
    Composed { text: text(&blocks), html: html_of(&subject, &blocks, lang), subject, attachments: vec![calendar(c)] }
}

/// Whether the notice goes out within the notice period, said plainly.
fn notice_period(c: &Convocation, lang: Lang) -> String {
    let given = (c.starts_at.date() - c.sent_on).num_days();
    let (given_n, required) = (given.into(), c.notice_days.into());
    if given >= c.notice_days {
        Msg::NoticePeriodMet { given: given_n, required }.text(lang)
    } else {
        Msg::NoticePeriodShort { given: given_n, required }.text(lang)
    }
}

fn text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Heading(h) => {
                out.push('\n');
                out.push_str(h);
                out.push('\n');
                out.push_str(&"-".repeat(h.chars().count()));
                out.push('\n');
            }
            Block::Line(l) => {
                out.push_str(l);
                out.push('\n');
            }
            Block::Link(words, address) => {
                out.push_str(words);
                out.push(' ');
                out.push_str(address);
                out.push('\n');
            }
            Block::List(items) => {
                for item in items {
                    out.push_str("- ");
                    out.push_str(item);
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn html_of(subject: &str, blocks: &[Block], lang: Lang) -> String {
    html! {
        (maud::DOCTYPE)
        html lang=(lang.tag()) {
            head { meta charset="utf-8"; title { (subject) } }
            body {
                @for b in blocks {
                    @match b {
                        Block::Heading(h) => h2 { (h) },
                        Block::Line(l) => p { (l) },
                        Block::Link(words, address) => p { (words) " " a href=(address) { (address) } },
                        Block::List(items) => ul { @for i in items { li { (i) } } },
                    }
                }
            }
        }
    }
    .into_string()
}

/// The calendar entry (RFC 5545), in UTC, published (nobody answers it).
fn calendar(c: &Convocation) -> Attachment {
    use icalendar::{Component, EventLike};
    let mut event = icalendar::Event::new();
    event.uid(&c.calendar_uid).summary(&c.title).starts(c.starts_at.and_utc()).timestamp(c.starts_at.and_utc());
    let mut description = c.agenda.iter().enumerate().map(|(i, a)| format!("{}. {a}", i + 1)).collect::<Vec<_>>();
    if let Some(link) = &c.remote_link {
        event.url(link);
        description.push(link.clone());
    }
    if !c.venue.trim().is_empty() {
        event.location(&c.venue);
    }
    if !description.is_empty() {
        event.description(&description.join("\n"));
    }
    let mut cal = icalendar::Calendar::new();
    cal.name(&c.title).append_property(("METHOD", "PUBLISH")).push(event.done());
    let content = cal.done().to_string();
    Attachment {
        name: "assembly.ics".into(),
        media_type: "text/calendar; charset=utf-8; method=PUBLISH".into(),
        content: to_base64(content.as_bytes()),
    }
}

/// Standard base64 with padding (RFC 4648 §4), as MIME and the outbox keep
/// attachments.
pub fn to_base64(bytes: &[u8]) -> String {
    use ::base64::Engine;
    ::base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Everything an invitation says.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub name: String,
    pub email: String,
    /// The organisation a delegate speaks for.
    pub organisation: Option<String>,
    pub role: crate::domain::role::Role,
    pub expires_at: NaiveDateTime,
}

/// The invitation to choose a password, in `lang`. The link itself is not
/// in the words: they hold [`crate::domain::outbox::LINK_MARK`], replaced
/// only as the message is handed to the server.
pub fn invitation(i: &Invitation, lang: Lang) -> Composed {
    let t = |m: Msg| m.text(lang);
    let mut blocks = vec![Block::Line(t(Msg::NoticeGreeting { name: i.name.clone() }))];
    blocks.push(Block::Line(match &i.organisation {
        Some(org) => t(Msg::InvitationDelegate { organisation: org.clone() }),
        None => t(Msg::InvitationRole { role: Box::new(crate::i18n::role_label(i.role)) }),
    }));
    blocks.push(Block::Line(t(Msg::InvitationLogin { email: i.email.clone() })));
    blocks.push(Block::Link(
        t(Msg::InvitationChoose { until: crate::i18n::date_time(lang, i.expires_at) }),
        crate::domain::outbox::LINK_MARK.to_string(),
    ));
    blocks.push(Block::Line(t(Msg::InvitationNoPassword)));
    blocks.push(Block::Line(t(Msg::InvitationNotYou)));
    let subject = t(Msg::InvitationSubject);
    Composed { text: text(&blocks), html: html_of(&subject, &blocks, lang), subject, attachments: vec![] }
}
