//! The auditor's area: the ledger with filters, each assembly's record with
//! its seals and checkpoints, and the public receipt check.

use super::{confirmed_form, notice, page, t, Chrome};
use crate::export::bundle::{Bundle, Sealed};
use crate::export::minutes::Minutes;
use crate::i18n::Msg;
use crate::service::assemblies::AssemblyView;
use crate::service::ledger::{LedgerCheck, LedgerFilter};
use crate::service::polls::ReceiptCheck;
use crate::store::rows::AuditEvent;
use maud::{html, Markup};
use serde_json::Value;
use std::collections::HashMap;

fn short(hash: &str) -> &str {
    &hash[..16.min(hash.len())]
}

/// The auditor's home: public key, assemblies, the ledger filtered.
pub fn ledger(
    chrome: &Chrome<'_>,
    (check, head): (Option<LedgerCheck>, i64),
    filter: &LedgerFilter,
    events: &[AuditEvent],
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
                Some(None) => (notice("success", &t(Msg::ChainIntact { count: check.as_ref().map_or(0, |c| c.events).to_string() }))),
                Some(Some(seq)) => (notice("error", &t(Msg::ChainBroken { seq: seq.to_string() }))),
                None => p #ledger-head {
                    (t(Msg::LedgerHolds { count: head.to_string() })) " "
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
                            " · " (crate::i18n::state_label(a.state).en())
                            " · " a href={ "/audit/assemblies/" (a.id) "/bundle.json" } download { (t(Msg::EvidenceBundle)) }
                        }
                    }
                }
            }
            section.card {
                h2 { (t(Msg::AuditEvents)) }
                form.filters method="get" action="/audit" {
                    label { (t(Msg::Kind)) input type="text" name="kind" value=[filter.kind.as_deref()] placeholder=(t(Msg::KindHint)); }
                    label { (t(Msg::Subject)) input type="text" name="subject" value=[filter.subject.as_deref()] placeholder="poll:3"; }
                    label { (t(Msg::From)) input type="datetime-local" name="from" value=[time(filter.from)]; }
                    label { (t(Msg::Until)) input type="datetime-local" name="until" value=[time(filter.until)]; }
                    button type="submit" { (t(Msg::Filter)) }
                }
                @if events.is_empty() {
                    p #no-events { (t(Msg::NoEvents)) }
                } @else {
                    div.scroll tabindex="0" role="region" aria-label=(t(Msg::AuditEvents)) {
                        table.ledger {
                            thead { tr { th { "#" } th { "at" } th { "actor" } th { "kind" } th { (t(Msg::Subject)) } th { "payload" } th { "hash" } } }
                            tbody {
                                @for e in events {
                                    tr {
                                        td { (e.seq) }
                                        td.at { (e.at.format("%Y-%m-%d %H:%M:%S UTC")) }
                                        td { @match actors.get(&e.actor) { Some(name) => { (name) br; small.muted { (e.actor) } }, None => (e.actor) } }
                                        td.kind { (e.kind) }
                                        td { (e.subject) }
                                        td { code.payload { (e.payload) } }
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

fn seals(title: Msg, list: &[Sealed], what: &str) -> Markup {
    html! {
        section.card {
            h2 { (t(title)) }
            table {
                thead { tr { th { "#" } th { (t(Msg::Result)) } th { (t(Msg::Seal)) } } }
                tbody {
                    @for s in list {
                        tr {
                            td { @if what == "poll" { a href={ "/polls/" (s.id) } { (s.id) } } @else { (s.id) } }
                            td {
                                @if let Some(e) = s.document.get("explanation").and_then(Value::as_str) { (e) }
                                @else if let Some(r) = s.document.get("result") { code { (r.to_string()) } }
                            }
                            td { code title=(s.signature) { (short(&s.digest)) } }
                        }
                    }
                }
            }
        }
    }
}

/// One assembly's record: attendance, proxies, seals and checkpoints.
pub fn assembly(chrome: &Chrome<'_>, b: &Bundle) -> Markup {
    let names: HashMap<i64, &str> =
        b.organisations.iter().filter_map(|o| Some((o.get("id")?.as_i64()?, o.get("name")?.as_str()?))).collect();
    let name = |v: &Value| v.as_i64().and_then(|id| names.get(&id).copied()).unwrap_or("?").to_string();
    let text = |v: &Value| v.as_str().unwrap_or("").to_string();
    let id = b.assembly_id().unwrap_or_default();
    page(
        &t(Msg::AuditAssembly),
        chrome,
        html! {
            h1 { (t(Msg::AuditAssembly)) ": " (text(&b.assembly["title"])) }
            p {
                a.button href={ "/audit/assemblies/" (id) "/bundle.json" } download { (t(Msg::EvidenceBundle)) }
            }
            (downloads(id))
            p.hint { (t(Msg::VerifyHint)) }
            pre.command tabindex="0" { code { "plenum verify plenum-assembly-" (id) "-bundle.json \\\n    --public-key " (b.public_key) } }
            p.hint { (t(Msg::VerifyGuide)) }
            section.card {
                h2 { (t(Msg::Stays)) }
                table #stays {
                    thead { tr { th { (t(Msg::Organisation)) } th { (t(Msg::Mode)) } th { (t(Msg::Arrived)) } th { (t(Msg::Left)) } } }
                    tbody {
                        @for s in &b.attendance {
                            tr { td { (name(&s["organisation_id"])) } td { (text(&s["mode"])) } td { (text(&s["arrived_at"])) } td { (text(&s["left_at"])) } }
                        }
                    }
                }
            }
            section.card {
                h2 { (t(Msg::Proxies)) }
                table #proxies {
                    thead { tr { th { (t(Msg::Grantor)) } th { (t(Msg::Holder)) } th { (t(Msg::Status)) } th { "document" } } }
                    tbody {
                        @for p in &b.proxies {
                            tr { td { (name(&p["grantor_id"])) } td { (name(&p["holder_id"])) } td { (text(&p["state"])) } td { (text(&p["document"])) } }
                        }
                    }
                }
            }
            (seals(Msg::SealedPolls, &b.polls, "poll"))
            (seals(Msg::SealedRounds, &b.rounds, "round"))
            section.card {
                h2 { (t(Msg::Checkpoints)) }
                table #checkpoints {
                    thead { tr { th { (t(Msg::Reason)) } th { "at" } th { "#" } th { "hash" } } }
                    tbody {
                        @for c in &b.checkpoints {
                            tr { td { (c.reason) } td { (c.at) } td { (c.seq) } td { code title=(c.signature) { (short(&c.hash)) } } }
                        }
                    }
                }
            }
        },
    )
}

/// Links to the minutes in every format and to the record's tables.
pub fn downloads(assembly: i64) -> Markup {
    let minutes = [("minutes.pdf", "PDF"), ("minutes.html", "HTML"), ("minutes.md", "Markdown")];
    let records =
        [("attendance.csv", "attendance.csv"), ("proxies.csv", "proxies.csv"), ("roll-call.csv", "roll-call.csv")];
    html! {
        p.downloads {
            (t(Msg::MinutesTitle)) ": "
            @for (i, (file, label)) in minutes.iter().enumerate() {
                @if i > 0 { " · " }
                a href={ "/exports/assemblies/" (assembly) "/" (file) } download { (label) }
            }
        }
        p.downloads {
            (t(Msg::RecordsCsv)) ": "
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
pub fn minutes(chrome: &Chrome<'_>, csrf: &str, m: &Minutes, draft_html: Markup) -> Markup {
    let id = m.assembly.id;
    let open = m.approved_at.is_none();
    page(
        &t(Msg::MinutesTitle),
        chrome,
        html! {
            h1 { (t(Msg::MinutesTitle)) ": " (m.assembly.title) }
            (downloads(id))
            @if open {
                section.card {
                    form.stack method="post" action={ "/chair/assemblies/" (id) "/minutes" } {
                        input type="hidden" name="csrf" value=(csrf);
                        label { (t(Msg::Narrative)) textarea name="narrative" rows="8" { (m.narrative) } }
                        button type="submit" { (t(Msg::SaveNarrative)) }
                    }
                    form.stack method="post" action={ "/chair/assemblies/" (id) "/incidents" } {
                        input type="hidden" name="csrf" value=(csrf);
                        label { (t(Msg::Incident)) input type="text" name="body" required; }
                        button type="submit" { (t(Msg::RecordIncident)) }
                    }
                    (confirmed_form(&format!("/chair/assemblies/{id}/minutes/approve"), csrf, &[], &t(Msg::ApproveMinutes), &t(Msg::ApproveMinutesWarning), "primary"))
                    p.hint { (t(Msg::ApproveMinutesHint)) }
                }
            } @else {
                (notice("success", &t(Msg::MinutesFrozen)))
            }
            section.card.minutes { (draft_html) }
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
                        @if r.included {
                            (notice("success", &t(Msg::ReceiptIncluded { seal: r.seal.clone().unwrap_or_default() })))
                            @if let Some(choice) = &r.choice { p { (t(Msg::ReceiptChoice { choice: choice.clone() })) } }
                            @if r.kind == "poll" { p { a href={ "/polls/" (r.poll_id) } { (t(Msg::Result)) } } }
                        } @else if r.poll_state == crate::domain::poll::PollState::Open {
                            (notice("info", &t(Msg::ReceiptNotYet)))
                        } @else {
                            (notice("error", &t(Msg::ReceiptNotIncluded)))
                        }
                    }
                }
            }
        },
    )
}
