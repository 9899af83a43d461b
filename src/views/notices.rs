//! The secretariat's notices page: the convocation sent from here, and
//! every message of the assembly's outbox with where it stands.

use super::{confirmed_form, notice, page, t, when, Chrome};
use crate::domain::assembly::AssemblyState;
use crate::domain::outbox::OutboxState;
use crate::i18n::Msg;
use crate::service::assemblies::AssemblyView;
use crate::service::notices::OutboxPage;
use maud::{html, Markup};

fn state_label(state: OutboxState) -> Msg {
    match state {
        OutboxState::Queued => Msg::NoticeStateQueued,
        OutboxState::Sent => Msg::NoticeStateSent,
        OutboxState::Failed => Msg::NoticeStateFailed,
    }
}

/// The page.
pub fn notices(chrome: &Chrome<'_>, csrf: &str, a: &AssemblyView, outbox: &OutboxPage) -> Markup {
    let id = a.id;
    let c = &outbox.counts;
    page(
        &t(Msg::NoticesTitle),
        chrome,
        html! {
            h1 { (t(Msg::NoticesTitle)) ": " (a.title) }
            @if !outbox.sending {
                (notice("warning", &t(Msg::MailOff)))
            }
            section.card #convocation {
                h2 { (t(Msg::ConvocationHeading)) }
                @if let Some(sent) = a.notice_sent_on {
                    p { (t(Msg::NoticeSentOn { date: crate::i18n::date(crate::i18n::current(), sent) })) }
                }
                @for w in &a.warnings {
                    (notice("warning", &w.message))
                }
                @if a.state == AssemblyState::Convened {
                    (confirmed_form(&format!("/chair/assemblies/{id}/convocation"), csrf, &[], &t(Msg::SendConvocation), &t(Msg::SendConvocationWarning), "primary"))
                } @else if a.state == AssemblyState::Draft {
                    p.hint { (t(Msg::ConvokeFirst)) }
                } @else {
                    p.hint { (t(Msg::ConvocationNotNow { state: crate::i18n::state_label(a.state).into() })) }
                }
                @if !outbox.unreachable.is_empty() {
                    details #unreachable {
                        summary { (t(Msg::Unreachable { count: outbox.unreachable.len().into() })) }
                        ul { @for name in &outbox.unreachable { li { (name) } } }
                    }
                }
            }
            section.card #outbox {
                h2 { (t(Msg::OutboxHeading)) }
                p #outbox-counts { (t(Msg::OutboxCounts { queued: c.queued.into(), sent: c.sent.into(), failed: c.failed.into() })) }
                @if outbox.messages.is_empty() {
                    p.hint { (t(Msg::OutboxEmpty)) }
                } @else {
                    div.scroll {
                        table {
                            thead { tr {
                                th scope="col" { (t(Msg::Recipient)) }
                                th scope="col" { (t(Msg::Subject)) }
                                th scope="col" { (t(Msg::Status)) }
                                th scope="col" { (t(Msg::ServerAnswer)) }
                                th scope="col" { span.visually-hidden { (t(Msg::Actions)) } }
                            } }
                            tbody {
                                @for m in &outbox.messages {
                                    tr id={ "notice-" (m.id) } data-state=(m.state.as_str()) {
                                        td {
                                            (m.recipient)
                                            @if let Some(org) = &m.organisation { br; span.hint { (org) } }
                                            br; span.hint { (m.address) }
                                        }
                                        td { (m.subject) }
                                        td {
                                            (t(state_label(m.state)))
                                            @if m.attempts > 0 { br; span.hint { (t(Msg::Attempts { count: i64::from(m.attempts).into() })) } }
                                            @if let Some(at) = &m.sent_at { br; span.hint { (when(at)) } }
                                            @else if let Some(at) = &m.next_attempt_at { @if m.attempts > 0 { br; span.hint { (t(Msg::NextAttempt { at: when(at) })) } } }
                                        }
                                        td { @if let Some(answer) = &m.last_answer { code { (answer) } } }
                                        td {
                                            @if m.resendable {
                                                (super::post_form(&format!("/chair/notices/{}/resend", m.id), csrf, &[], &t(Msg::SendAgain), "secondary"))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            p { a.button href="/chair" { (t(Msg::BackToChair)) } }
        },
    )
}
