//! The secretariat's register and accounts.

use super::paging::{encoded, matches, paged, pager, PER_PAGE};
use super::{confirmed_form, notice, page, post_form, scroll, t, Chrome};
use crate::domain::organisation::{OrgKind, OrgStatus};
use crate::domain::role::Role;
use crate::i18n::Msg;
use crate::service::accounts::AccountView;
use crate::service::organisations::{ImportReport, OrganisationView};
use maud::{html, Markup};
use std::collections::HashMap;

/// A form that makes an account: for an organisation's delegate
/// (`organisation`), for a staff role chosen among `roles`, or a delegate
/// replacing another (neither).
fn account_form(csrf: &str, action: &str, organisation: Option<i64>, roles: Option<&[Role]>) -> Markup {
    html! {
        form.stack method="post" action=(action) {
            input type="hidden" name="csrf" value=(csrf);
            @if let Some(org) = organisation {
                input type="hidden" name="organisation_id" value=(org);
                input type="hidden" name="role" value="delegate";
            }
            @if let Some(roles) = roles {
                label { (t(Msg::Role))
                    select name="role" { @for r in roles { option value=(r.as_str()) { (t(role_label(*r))) } } }
                }
            }
            label { (t(Msg::PersonName)) input type="text" name="name" required autocomplete="off"; }
            label { (t(Msg::Email)) input type="email" name="email" required autocomplete="off"; }
            label { (t(Msg::FirstPassword)) input type="text" name="password" minlength=(crate::service::accounts::MIN_PASSWORD_LEN) autocomplete="new-password"; }
            p.hint { (t(Msg::FirstPasswordHint)) }
            button.primary type="submit" { (t(Msg::CreateAccount)) }
        }
    }
}

/// A role in words.
fn role_label(r: Role) -> Msg {
    match r {
        Role::Secretariat => Msg::RoleSecretariat,
        Role::Auditor => Msg::RoleAuditor,
        Role::Teller => Msg::RoleTeller,
        Role::Delegate => Msg::RoleDelegate,
    }
}

/// The register page, with the outcome of an import when there was one.
pub fn register(
    chrome: &Chrome<'_>,
    csrf: &str,
    orgs: &[OrganisationView],
    accounts: &[AccountView],
    search: (&str, usize),
    report: Option<(&ImportReport, &str)>,
) -> Markup {
    let pasted = report.map(|(_, text)| text).unwrap_or_default();
    let names: HashMap<i64, &str> = orgs.iter().map(|o| (o.id, o.name.as_str())).collect();
    let org_name = |id: Option<i64>| id.and_then(|id| names.get(&id).copied()).unwrap_or_default();
    // One search for both lists: organisations by name or country, accounts
    // by address, name or organisation; pages of fifty.
    let (query, page_no) = search;
    let register = paged(orgs, |o| matches(query, &o.name, &o.country), page_no);
    let account_rows = paged(
        accounts,
        |a| {
            let q = query.trim();
            q.is_empty()
                || super::paging::contains(&a.email, q)
                || super::paging::contains(&a.name, q)
                || super::paging::contains(org_name(a.organisation_id), q)
        },
        1,
    );
    page(
        &t(Msg::Register),
        chrome,
        html! {
            h1 { (t(Msg::Register)) }
            @if let Some((r, _)) = report {
                @if r.errors.is_empty() {
                    (notice("success", &t(Msg::ImportDone { created: r.created.into(), updated: r.updated.into(), unchanged: r.unchanged.into() })))
                } @else {
                    div.notice.error #import-errors {
                        p { (t(Msg::InvalidRows { count: r.errors.len().into() })) }
                        ul { @for e in &r.errors { li { (t(Msg::ImportLineError { line: e.line.into(), message: e.message.clone() })) } } }
                    }
                }
            }
            section.card {
                h2 { (t(Msg::AddOrganisation)) }
                form.stack method="post" action="/admin/organisations" {
                    input type="hidden" name="csrf" value=(csrf);
                    label { (t(Msg::Organisation)) input type="text" name="name" required; }
                    label { (t(Msg::Country)) input type="text" name="country" maxlength="2" required; }
                    label { (t(Msg::Kind)) select name="kind" { option value="full" { (t(Msg::Full)) } option value="affiliate" { (t(Msg::Affiliate)) } } }
                    button.primary type="submit" { (t(Msg::Add)) }
                }
            }
            section.card {
                h2 { (t(Msg::ImportRegister)) }
                form.stack method="post" action="/admin/import" {
                    input type="hidden" name="csrf" value=(csrf);
                    label { (t(Msg::CsvText)) textarea name="csv" rows="6" required { (pasted) } }
                    button.primary type="submit" { (t(Msg::Import)) }
                }
                p { a href="/admin/register.csv" { (t(Msg::ExportRegister)) } }
            }
            h2 #register-heading { (t(Msg::RegisterList)) }
            form.stack.search method="get" action="/admin#register-heading" role="search" {
                label { (t(Msg::FindInRegister)) input type="search" name="q" value=(query) autocomplete="off"; }
                button type="submit" { (t(Msg::Find)) }
            }
            p #register-count { (t(Msg::ShowingOf { from: ((register.page - 1) * PER_PAGE + usize::from(register.matching > 0)).into(), to: ((register.page - 1) * PER_PAGE + register.rows.len()).into(), total: register.matching.into() })) }
            (pager(&register, |page| format!("/admin?q={}&page={page}#register-heading", encoded(query))))
            (scroll(&t(Msg::RegisterList), html! {
            table #register {
                thead { tr { th { (t(Msg::Organisation)) } th { (t(Msg::Country)) } th { (t(Msg::Kind)) } th { (t(Msg::Status)) } th { (t(Msg::JoinedOn)) } th { (t(Msg::Change)) } } }
                tbody {
                    @for o in &register.rows {
                        tr id={ "org-" (o.id) } {
                            td { (o.name) } td { (o.country) }
                            td { (t(match o.kind { OrgKind::Full => Msg::Full, OrgKind::Affiliate => Msg::Affiliate })) }
                            td { (t(match o.status { OrgStatus::Active => Msg::Active, OrgStatus::Suspended => Msg::Suspended })) }
                            td { @if let Some(d) = o.joined_on { time datetime=(d) { (crate::i18n::date(crate::i18n::current(), d)) } } }
                            td {
                                // One organisation's change, labelled, opened on demand.
                                details.row-change {
                                    summary { (t(Msg::Change)) span.visually-hidden { " " (o.name) } }
                                    form.stack method="post" action={ "/admin/organisations/" (o.id) } {
                                        input type="hidden" name="csrf" value=(csrf);
                                        label { (t(Msg::Status))
                                            select name="status" {
                                                option value="active" selected[o.status == OrgStatus::Active] { (t(Msg::Active)) }
                                                option value="suspended" selected[o.status == OrgStatus::Suspended] { (t(Msg::Suspended)) }
                                            }
                                        }
                                        label { (t(Msg::Kind))
                                            select name="kind" {
                                                option value="full" selected[o.kind == OrgKind::Full] { (t(Msg::Full)) }
                                                option value="affiliate" selected[o.kind == OrgKind::Affiliate] { (t(Msg::Affiliate)) }
                                            }
                                        }
                                        label { (t(Msg::ReasonForChange)) input type="text" name="reason" required; }
                                        button.primary type="submit" { (t(Msg::SaveChange { org: o.name.clone() })) }
                                    }
                                    @if o.kind == OrgKind::Full || o.kind == OrgKind::Affiliate {
                                        h3 { (t(Msg::AddDelegateFor { org: o.name.clone() })) }
                                        (account_form(csrf, "/admin/accounts", Some(o.id), None))
                                    }
                                }
                            }
                        }
                    }
                }
            }
            }))
            h2 { (t(Msg::Accounts)) }
            details.row-change #add-staff {
                summary { (t(Msg::AddStaffAccount)) }
                (account_form(csrf, "/admin/accounts", None, Some(&[Role::Teller, Role::Auditor, Role::Secretariat])))
            }
            (scroll(&t(Msg::Accounts), html! {
            table #accounts {
                thead { tr { th { (t(Msg::Email)) } th { (t(Msg::Role)) } th { (t(Msg::Organisation)) } th { (t(Msg::Change)) } } }
                tbody {
                    @for a in &account_rows.rows {
                        tr id={ "account-" (a.id) } {
                            td { (a.email) } td { (t(role_label(a.role))) } td { (org_name(a.organisation_id)) }
                            td {
                                @let action = format!("/admin/accounts/{}", a.id);
                                @if a.active && a.role == Role::Delegate {
                                    details.row-change {
                                        summary { (t(Msg::ReplaceDelegate)) span.visually-hidden { " " (a.email) } }
                                        p { (t(Msg::ReplaceDelegateHint { email: a.email.clone() })) }
                                        (account_form(csrf, &format!("/admin/accounts/{}/replace", a.id), None, None))
                                    }
                                }
                                @let own = chrome.caller.is_some_and(|c| c.account_id == a.id);
                                @if own {
                                    // Neither disabled nor given a password by oneself:
                                    // another member of the secretariat does both.
                                    p.muted { (t(Msg::YourOwnAccount)) }
                                } @else if a.active {
                                    (post_form(&format!("/admin/accounts/{}/invite", a.id), csrf, &[], &t(Msg::SendInvitation), "secondary"))
                                    details.row-change {
                                        summary { (t(Msg::SetPassword)) span.visually-hidden { " " (a.email) } }
                                        form.stack method="post" action={ "/admin/accounts/" (a.id) "/password" } {
                                            p { (t(Msg::SetPasswordHint { email: a.email.clone() })) }
                                            input type="hidden" name="csrf" value=(csrf);
                                            label { (t(Msg::NewPassword)) input type="password" name="password" required minlength=(crate::service::accounts::MIN_PASSWORD_LEN) autocomplete="new-password"; }
                                            button.primary type="submit" { (t(Msg::SetPassword)) }
                                        }
                                    }
                                    (confirmed_form(&action, csrf, &[("active", "false")], &t(Msg::Disable), &t(Msg::DisableAccountWarning { name: a.email.clone() }), "secondary"))
                                } @else {
                                    (post_form(&action, csrf, &[("active", "true")], &t(Msg::Enable), "secondary"))
                                }
                            }
                        }
                    }
                }
            }
            }))
            @if account_rows.matching > account_rows.rows.len() {
                p.muted { (t(Msg::MoreAccounts { more: (account_rows.matching - account_rows.rows.len()).into() })) }
            }
        },
    )
}
