//! The auditor's area: the ledger with filters, each assembly's record with
//! its seals and checkpoints, and the public receipt check.

use super::paging::{encoded, matches, paged, pager};
use super::when;
use super::{confirmed_form, notice, page, scroll, t, Chrome};
use crate::i18n::{Lang, Languages, Msg};
use crate::service::assemblies::AssemblyView;
use crate::service::bundle::{AuditRecord, SealLine};
use crate::service::ledger::{EventView, LedgerCheck, LedgerFilter};
use crate::service::minutes::Minutes;
use crate::service::voting::ReceiptCheck;
use maud::{html, Markup};
use std::collections::HashMap;

/// Every kind of event, and each family of them (`ballot.`), sorted.
fn event_kinds() -> Vec<&'static str> {
    let kinds = crate::audit::event::Event::KINDS;
    let mut all: Vec<&'static str> = kinds.iter().filter_map(|k| k.find('.').map(|dot| &k[..=dot])).collect();
    all.extend_from_slice(kinds);
    all.sort_unstable();
    all.dedup();
    all
}

/// An event's payload as a person reads it: one `field: value` per line,
/// the stored JSON kept beside it for the exact text.
fn payload(stored: &str) -> Markup {
    match serde_json::from_str::<serde_json::Value>(stored) {
        Ok(serde_json::Value::Object(fields)) if !fields.is_empty() => html! {
            dl.payload {
                @for (k, v) in &fields {
                    div { dt { (k) } dd { @match v { serde_json::Value::String(s) => (s), other => (other.to_string()) } } }
                }
            }
        },
        Ok(serde_json::Value::Object(_)) => html! {},
        _ => html! { code.payload { (stored) } },
    }
}

fn short(hash: &str) -> &str {
    &hash[..16.min(hash.len())]
}

/// The auditor's home: public key, assemblies, the ledger filtered.
pub fn ledger(
    chrome: &Chrome<'_>,
    (check, head): (Option<LedgerCheck>, i64),
    filter: &LedgerFilter,
    events: &[EventView],
    public_key: &str,
    assemblies: &[AssemblyView],
    actors: &HashMap<String, String>,
) -> Markup {
    let time = |d: Option<chrono::DateTime<chrono::Utc>>| d.map(|d| d.format("%Y-%m-%dT%H:%M").to_string());
    // A page's link keeps the filter and moves the window.
    let link = |edge: &str, seq: i64| {
        let enc =
            |v: Option<&str>| url::form_urlencoded::byte_serialize(v.unwrap_or("").as_bytes()).collect::<String>();
        format!(
            "/audit?{edge}={seq}&kind={}&subject={}&from={}&until={}",
            enc(filter.kind.as_deref()),
            enc(filter.subject.as_deref()),
            enc(time(filter.from).as_deref()),
            enc(time(filter.until).as_deref())
        )
    };

    page(
        &t(Msg::AuditEvents),
        chrome,
        html! {
            h1 { (t(Msg::Auditor)) }
            // Rechecking reads every event: on demand, not on every visit.
            @match check.as_ref().map(|c| c.broken_at) {
                Some(None) => (notice("success", &t(Msg::ChainIntact { count: check.as_ref().map_or(0, |c| c.events).into() }))),
                Some(Some(seq)) => (notice("error", &t(Msg::ChainBroken { seq: seq.into() }))),
                None => p #ledger-head {
                    (t(Msg::LedgerHolds { count: head.into() })) " "
                    a.button href="/audit?check=true" { (t(Msg::CheckChain)) }
                },
            }
            section.card {
                h2 { (t(Msg::PublicKey)) }
                p { code #public-key { (public_key) } }
                p.hint { (t(Msg::PublicKeyHint)) }
            }
            section.card {
                h2 { (t(Msg::Assemblies)) }
                ul {
                    @for a in assemblies {
                        li {
                            a href={ "/audit/assemblies/" (a.id) } { (a.title) }
                            " · " (crate::i18n::state_label(a.state).here())
                            " · " a href={ "/audit/assemblies/" (a.id) "/bundle.json" } download { (t(Msg::EvidenceBundle)) }
                        }
                    }
                }
            }
            section.card {
                h2 { (t(Msg::AuditEvents)) }
                form.filters method="get" action="/audit" {
                    label { (t(Msg::Kind)) input type="text" name="kind" list="event-kinds" value=[filter.kind.as_deref()] placeholder=(t(Msg::KindHint)); }
                    // The kinds there are, and their families ("ballot."), to pick from.
                    datalist #event-kinds {
                        @for k in event_kinds() { option value=(k) {} }
                    }
                    label { (t(Msg::Subject)) input type="text" name="subject" value=[filter.subject.as_deref()] placeholder="poll:3"; }
                    label { (t(Msg::From)) input type="datetime-local" name="from" value=[time(filter.from)]; }
                    label { (t(Msg::Until)) input type="datetime-local" name="until" value=[time(filter.until)]; }
                    button type="submit" { (t(Msg::Filter)) }
                }
                @if events.is_empty() {
                    p #no-events { (t(Msg::NoEvents)) }
                } @else {
                    @if let (Some(first), Some(last)) = (events.first(), events.last()) {
                        p #events-shown { (t(Msg::EventsShown { count: events.len().into(), first: first.seq.to_string(), last: last.seq.into(), head: head.into() })) }
                    }
                    div.scroll tabindex="0" role="region" aria-label=(t(Msg::AuditEvents)) {
                        table.ledger {
                            thead { tr { th { "#" } th { (t(Msg::At)) } th { (t(Msg::Actor)) } th { (t(Msg::Kind)) } th { (t(Msg::Subject)) } th { (t(Msg::Payload)) } th { (t(Msg::Hash)) } } }
                            tbody {
                                @for e in events {
                                    tr {
                                        td { (e.seq) }
                                        td.at { (e.at.format("%Y-%m-%d %H:%M:%S UTC")) }
                                        td { @match actors.get(&e.actor) { Some(name) => { (name) br; small.muted { (e.actor) } }, None => (e.actor) } }
                                        td.kind { (e.kind) }
                                        td { (e.subject) }
                                        td { (payload(&e.payload)) }
                                        td { code { (short(&e.hash)) } }
                                    }
                                }
                            }
                        }
                    }
                    nav.pager aria-label=(t(Msg::Pages)) {
                        @if let Some(first) = events.first().filter(|e| e.seq > 1) {
                            a #earlier href=(link("before", first.seq)) rel="prev" { (t(Msg::EarlierEvents)) } " "
                        }
                        @if let Some(last) = events.last().filter(|e| e.seq < head) {
                            a #later href=(link("after", last.seq)) rel="next" { (t(Msg::LaterEvents)) }
                        }
                    }
                }
            }
        },
    )
}

fn seals(title: Msg, id: &str, list: &[SealLine], what: &str) -> Markup {
    let title = t(title);
    html! {
        section.card {
            h2 { (title) }
            @if list.is_empty() { p.muted { (t(Msg::NoneYet)) } }
            (scroll(&title, html! {
            table id=(id) {
                thead { tr { th { "#" } th { (t(Msg::Result)) } th { (t(Msg::Seal)) } } }
                tbody {
                    @for s in list {
                        tr {
                            td { @if what == "poll" { a href={ "/polls/" (s.id) } { (s.id) } } @else { (s.id) } }
                            td {
                                strong { (s.title) }
                                @match &s.decision {
                                    Some(d) => {
                                        br; strong { (t(if d.outcome == crate::domain::majority::Outcome::Carried { Msg::VerdictCarried } else { Msg::VerdictRejected })) }
                                        @for line in crate::i18n::describe(crate::i18n::current(), d) { br; (line) }
                                    },
                                    None => { @if !s.explanation.is_empty() { br; (s.explanation) } },
                                }
                            }
                            td { code title=(s.signature) { (short(&s.digest)) } }
                        }
                    }
                }
            }
            }))
        }
    }
}

/// A checkpoint's reason in words (the code stays in the bundle).
fn checkpoint_reason(code: &str) -> String {
    use crate::audit::checkpoint::{MINUTES_APPROVED, SESSION_CLOSED, SESSION_OPENED};
    match code {
        SESSION_OPENED => t(Msg::CheckpointOpened),
        SESSION_CLOSED => t(Msg::CheckpointSessionEnded),
        MINUTES_APPROVED => t(Msg::CheckpointMinutes),
        other => other.to_string(),
    }
}

/// Which page of each long list of the record to show, and the search.
#[derive(Debug, Default)]
pub struct RecordPages<'a> {
    pub query: &'a str,
    pub stays: usize,
    pub proxies: usize,
}

/// The auditor's record of an assembly: its downloads and the command that
/// checks them, the arrivals and proxies (fifty a page, with a search by
/// organisation), the sealed results in words, the elections by name and
/// the ledger's signed checkpoints.
pub fn assembly(chrome: &Chrome<'_>, r: &AuditRecord, at: &RecordPages<'_>) -> Markup {
    let name = |id: i64| r.names.get(&id).map(String::as_str).unwrap_or("?");
    let id = r.assembly.id;
    let query = at.query;
    let found = |org: i64| matches(query, name(org), "");
    let stays = paged(&r.stays, |s| found(s.organisation_id), at.stays);
    let proxies = paged(&r.proxies, |p| found(p.grantor_id) || found(p.holder_id), at.proxies);
    let link = |stays: usize, proxies: usize, anchor: &str| {
        format!("/audit/assemblies/{id}?q={}&stays={stays}&proxies={proxies}#{anchor}", encoded(query))
    };
    page(
        &t(Msg::AuditAssembly),
        chrome,
        html! {
            h1 { (t(Msg::AuditAssembly)) ": " (r.assembly.title) }
            p {
                a.button href={ "/audit/assemblies/" (id) "/bundle.json" } download { (t(Msg::EvidenceBundle)) }
            }
            (downloads(id.0, &Languages::from_stored(&r.assembly.languages.join(","))))
            p.hint { (t(Msg::VerifyHint)) }
            pre.command tabindex="0" { code { "plenum verify plenum-assembly-" (id) "-bundle.json \\\n    --public-key " (r.public_key) } }
            p.hint { (t(Msg::VerifyGuide)) }
            form.stack.search method="get" action={ "/audit/assemblies/" (id) "#stays-heading" } role="search" {
                label { (t(Msg::FindByName)) input type="search" name="q" value=(query) autocomplete="off"; }
                button type="submit" { (t(Msg::Find)) }
            }
            section.card {
                h2 #stays-heading { (t(Msg::Stays)) }
                p.muted { (t(Msg::ShownOf { shown: stays.rows.len().into(), total: stays.matching.into() })) }
                (scroll(&t(Msg::Stays), html! {
                table #stays {
                    thead { tr { th { (t(Msg::Organisation)) } th { (t(Msg::Mode)) } th { (t(Msg::Arrived)) } th { (t(Msg::Left)) } } }
                    tbody {
                        @for s in &stays.rows {
                            tr {
                                td { (name(s.organisation_id)) } td { (super::pages::mode_label(s.mode)) }
                                td { (when(&s.arrived_at)) } td { @if let Some(l) = &s.left_at { (when(l)) } }
                            }
                        }
                    }
                }
                }))
                (pager(&stays, |page| link(page, proxies.page, "stays-heading")))
            }
            section.card {
                h2 #proxies-heading { (t(Msg::Proxies)) }
                p.muted { (t(Msg::ShownOf { shown: proxies.rows.len().into(), total: proxies.matching.into() })) }
                (scroll(&t(Msg::Proxies), html! {
                table #proxies {
                    thead { tr { th { (t(Msg::Grantor)) } th { (t(Msg::Holder)) } th { (t(Msg::Status)) } th { (t(Msg::ProxyDocument)) } } }
                    tbody {
                        @for p in &proxies.rows {
                            tr { td { (name(p.grantor_id)) } td { (name(p.holder_id)) } td { (p.state) } td { @if let Some(d) = &p.document { (d) } } }
                        }
                    }
                }
                }))
                (pager(&proxies, |page| link(stays.page, page, "proxies-heading")))
            }
            (seals(Msg::SealedPolls, "sealed-polls", &r.polls, "poll"))
            @if !r.elections.is_empty() {
                section.card #elections {
                    h2 { (t(Msg::Elections)) }
                    @for e in &r.elections {
                        h3 { (e.title) }
                        @for round in &e.rounds {
                            h4 { (t(Msg::Round { round: round.round.to_string() })) }
                            (super::pages::round_outcome(e, round))
                        }
                    }
                }
            }
            (seals(Msg::SealedRounds, "sealed-rounds", &r.rounds, "round"))
            section.card {
                h2 { (t(Msg::Checkpoints)) }
                (scroll(&t(Msg::Checkpoints), html! {
                table #checkpoints {
                    thead { tr { th { (t(Msg::Reason)) } th { (t(Msg::At)) } th { "#" } th { (t(Msg::Hash)) } } }
                    tbody {
                        @for c in &r.checkpoints {
                            tr { td { (checkpoint_reason(&c.reason)) } td { (when(&c.at)) } td { (c.seq) } td { code title=(c.signature) { (short(&c.hash)) } } }
                        }
                    }
                }
                }))
            }
        },
    )
}

/// Links to the minutes in every format and each official language, and
/// to the record's tables.
pub fn downloads(assembly: i64, languages: &Languages) -> Markup {
    let minutes = [("minutes.pdf", "PDF"), ("minutes.html", "HTML"), ("minutes.md", "Markdown")];
    let records =
        [("attendance.csv", "attendance.csv"), ("proxies.csv", "proxies.csv"), ("roll-call.csv", "roll-call.csv")];
    html! {
        @for lang in languages.iter() {
            p.downloads lang=(lang.tag()) {
                // The line is in its own language: "Procès-verbal (Français)".
                (Msg::Labelled { label: Box::new(Msg::MinutesIn { language: crate::i18n::language_named(lang.tag()) }) }.text(lang)) " "
                @for (i, (file, label)) in minutes.iter().enumerate() {
                    @if i > 0 { " · " }
                    a href={ "/exports/assemblies/" (assembly) "/" (file) "?lang=" (lang.tag()) } hreflang=(lang.tag()) download { (label) }
                }
            }
        }
        p.downloads {
            (t(Msg::Labelled { label: Box::new(Msg::RecordsCsv) })) " "
            @for (file, label) in &records {
                a href={ "/exports/assemblies/" (assembly) "/" (file) } download { (label) }
                " · "
            }
            a href="/admin/register.csv" download { "register.csv" }
        }
    }
}

/// The secretariat's page for the minutes: the narrative, incidents, the
/// approval, and the draft as it stands.
/// `draft` is the minutes as they stand, in one of the official languages.
pub fn minutes(chrome: &Chrome<'_>, csrf: &str, m: &Minutes, draft: (Lang, Markup)) -> Markup {
    let id = m.assembly.id;
    let open = m.approved_at.is_none();
    page(
        &t(Msg::MinutesTitle),
        chrome,
        html! {
            h1 { (t(Msg::MinutesTitle)) ": " (m.assembly.title) }
            (downloads(id, &m.languages()))
            @if open {
                section.card {
                    form.stack method="post" action={ "/chair/assemblies/" (id) "/minutes" } {
                        input type="hidden" name="csrf" value=(csrf);
                        label { (t(Msg::Narrative)) textarea name="narrative" rows="8" { (m.narrative) } }
                        @if m.languages().iter().count() > 1 {
                            p.hint { (t(Msg::NarrativeInEveryLanguage)) }
                        }
                        button type="submit" { (t(Msg::SaveNarrative)) }
                    }
                    form.stack method="post" action={ "/chair/assemblies/" (id) "/incidents" } {
                        input type="hidden" name="csrf" value=(csrf);
                        label { (t(Msg::Incident)) textarea name="body" rows="3" required {} }
                        button type="submit" { (t(Msg::RecordIncident)) }
                    }
                    // Only a closed assembly's minutes are approved: in
                    // session the button would only be refused.
                    @if m.assembly.closed_at.is_some() {
                        (confirmed_form(&format!("/chair/assemblies/{id}/minutes/approve"), csrf, &[], &t(Msg::ApproveMinutes), &t(Msg::ApproveMinutesWarning), "primary"))
                        p.hint { (t(Msg::ApproveMinutesHint)) }
                    } @else {
                        p.hint #approve-later { (t(Msg::ApproveAfterClose)) }
                    }
                }
            } @else {
                (notice("success", &t(Msg::MinutesFrozen)))
            }
            section.card.minutes lang=(draft.0.tag()) { (draft.1) }
            p { a.button href="/chair" { (t(Msg::BackToChair)) } }
        },
    )
}

/// The public receipt check.
pub fn receipt(chrome: &Chrome<'_>, code: Option<&str>, result: Option<Result<ReceiptCheck, String>>) -> Markup {
    page(
        &t(Msg::ReceiptCheckTitle),
        chrome,
        html! {
            h1 { (t(Msg::ReceiptCheckTitle)) }
            p.hint { (t(Msg::ReceiptCheckHint)) }
            form.stack method="post" action="/receipts" {
                label { (t(Msg::ReceiptCode)) input type="text" name="code" value=[code] autocomplete="off" required; }
                button.primary type="submit" { (t(Msg::ReceiptCheckTitle)) }
            }
            @match result {
                None => {}
                Some(Err(message)) => (notice("error", &message)),
                Some(Ok(r)) => {
                    div #receipt-result {
                        p #receipt-vote { (t(Msg::ReceiptVote { title: r.title.clone() })) }
                        @if r.included {
                            (notice("success", &t(Msg::ReceiptIncluded { seal: r.seal.clone().unwrap_or_default() })))
                            @if let Some(choice) = &r.choice { p { (t(Msg::ReceiptChoice { choice: choice.clone() })) } }
                            @if r.kind == crate::service::voting::ReceiptKind::Poll { p { a href={ "/polls/" (r.poll_id) } { (t(Msg::Result)) } } }
                        } @else if r.poll_state == crate::domain::poll::PollState::Open {
                            (notice("info", &t(Msg::ReceiptNotYet)))
                        } @else {
                            (notice("error", &t(Msg::ReceiptNotIncluded)))
                        }
                    }
                }
            }
            @if chrome.caller.is_some_and(|c| c.role == crate::domain::role::Role::Delegate) {
                p { a href="/delegate" { (t(Msg::BackToYourPage)) } }
            }
        },
    )
}
