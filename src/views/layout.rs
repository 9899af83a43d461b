//! The page around every view: head, navigation, footer.

use crate::domain::role::Role;
use crate::i18n::Msg;
use crate::service::Caller;
use maud::{html, Markup, DOCTYPE};

/// A message in the page's language.
pub fn t(msg: Msg) -> String {
    msg.here()
}

/// What the layout needs to know about the visitor.
pub struct Chrome<'a> {
    pub caller: Option<&'a Caller>,
    pub csrf: Option<&'a str>,
    /// What the action that led here did, said at the top of the page.
    pub done: Option<String>,
    /// Whether the page offers the languages (not the projector's display
    /// link, which has nothing to click: it takes `?lang=`).
    pub switcher: bool,
}

impl Chrome<'_> {
    /// The frame for a visitor who is not logged in.
    pub fn visitor() -> Self {
        Chrome { caller: None, csrf: None, done: None, switcher: true }
    }
}

/// The page frame: head, navigation, main content.
pub fn page(title: &str, chrome: &Chrome<'_>, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(crate::i18n::current().tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (t(Msg::AppName)) }
                link rel="stylesheet" href="/static/plenum.css";
                script src="/static/plenum.js" defer {}
            }
            body {
                header.top {
                    a.brand href="/" { (t(Msg::AppName)) }
                    @if let Some(c) = chrome.caller {
                        nav {
                            // A delegate's page names its organisation; its role goes without saying.
                            span.who {
                                @match c.role {
                                    Role::Delegate => (c.name),
                                    Role::Secretariat => (t(Msg::LoggedInAs { name: c.name.clone(), role: Msg::RoleSecretariat.into() })),
                                    Role::Auditor => (t(Msg::LoggedInAs { name: c.name.clone(), role: Msg::RoleAuditor.into() })),
                                    Role::Teller => (t(Msg::LoggedInAs { name: c.name.clone(), role: Msg::RoleTeller.into() })),
                                }
                            }
                            @if let Some(csrf) = chrome.csrf {
                                form.inline method="post" action="/logout" {
                                    input type="hidden" name="csrf" value=(csrf);
                                    button.link type="submit" { (t(Msg::LogOut)) }
                                }
                            }
                        }
                    }
                }
                main {
                    @if let Some(done) = &chrome.done { p.notice.success #done role="status" { (done) } }
                    (body)
                }
                @if chrome.switcher { (switcher(chrome)) }
            }
        }
    }
}

/// The languages, at the foot of every page: a form of buttons, so it
/// works without JavaScript; each language named in itself.
fn switcher(chrome: &Chrome<'_>) -> Markup {
    let here = crate::i18n::current();
    html! {
        footer.languages {
            form method="post" action="/language" {
                @if let Some(csrf) = chrome.csrf { input type="hidden" name="csrf" value=(csrf); }
                input type="hidden" name="back" value=(crate::web::language::page_path());
                nav aria-label=(t(Msg::LanguageSwitcher)) {
                    ul {
                        @for lang in crate::web::language::offered_here() {
                            li {
                                @if lang == here {
                                    span.current lang=(lang.tag()) aria-current="true" { (lang.name()) }
                                } @else {
                                    button.link type="submit" name="lang" value=(lang.tag()) lang=(lang.tag()) { (lang.name()) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A form posting to `action` with the session's CSRF token.
/// A table that may be wider than a phone: it scrolls inside itself, not
/// the page with it; focusable and named, so that a keyboard can scroll it.
pub fn scroll(label: &str, content: Markup) -> Markup {
    html! { div.scroll tabindex="0" role="region" aria-label=(label) { (content) } }
}

pub fn post_form(action: &str, csrf: &str, fields: &[(&str, &str)], label: &str, class: &str) -> Markup {
    html! {
        form.inline method="post" action=(action) {
            input type="hidden" name="csrf" value=(csrf);
            @for (name, value) in fields {
                input type="hidden" name=(name) value=(value);
            }
            button type="submit" class=(class) { (label) }
        }
    }
}

/// An action that cannot be undone: its button opens a short confirmation
/// that names what will happen, and only the confirmation's own button
/// acts. A `details` element, so it works without JavaScript and with the
/// keyboard; the first button never submits anything.
pub fn confirmed_form(
    action: &str,
    csrf: &str,
    fields: &[(&str, &str)],
    label: &str,
    consequence: &str,
    class: &str,
) -> Markup {
    confirmed_form_noting(action, csrf, fields, label, html! {}, consequence, class)
}

/// [`confirmed_form`] whose confirmation also says what stands now
/// (`note`, after the consequence: for closing a vote, how many have
/// still to vote, kept live).
pub fn confirmed_form_noting(
    action: &str,
    csrf: &str,
    fields: &[(&str, &str)],
    label: &str,
    note: Markup,
    consequence: &str,
    class: &str,
) -> Markup {
    html! {
        details.confirm-action {
            summary class={ "button " (class) } { (label) }
            div.confirm-body role="group" aria-label=(label) {
                p { (consequence) }
                (note)
                (post_form(action, csrf, fields, &t(crate::i18n::Msg::ConfirmAction { action: label.to_string() }), class))
            }
        }
    }
}

/// A notice box.
pub fn notice(kind: &str, text: &str) -> Markup {
    html! { p class={ "notice " (kind) } role="status" { (text) } }
}
