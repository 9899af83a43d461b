//! The secretariat's register and accounts.

use super::{confirmed_form, notice, page, post_form, t, Chrome};
use crate::i18n::Msg;
use crate::service::accounts::AccountView;
use crate::service::organisations::{ImportReport, OrganisationView};
use maud::{html, Markup};

/// The register page, with the outcome of an import when there was one.
pub fn register(
    chrome: &Chrome<'_>,
    csrf: &str,
    orgs: &[OrganisationView],
    accounts: &[AccountView],
    report: Option<(&ImportReport, &str)>,
) -> Markup {
    let pasted = report.map(|(_, text)| text).unwrap_or_default();
    let org_name = |id: Option<i64>| {
        id.and_then(|id| orgs.iter().find(|o| o.id == id)).map(|o| o.name.clone()).unwrap_or_default()
    };
    page(
        &t(Msg::Register),
        chrome,
        html! {
            h1 { (t(Msg::Register)) }
            @if let Some((r, _)) = report {
                @if r.errors.is_empty() {
                    (notice("success", &t(Msg::ImportDone { created: r.created.to_string(), updated: r.updated.to_string(), unchanged: r.unchanged.to_string() })))
                } @else {
                    div.notice.error #import-errors {
                        p { (t(Msg::InvalidRows { count: r.errors.len().to_string() })) }
                        ul { @for e in &r.errors { li { (t(Msg::ImportLineError { line: e.line.to_string(), message: e.message.clone() })) } } }
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
            table #register {
                thead { tr { th { (t(Msg::Organisation)) } th { (t(Msg::Country)) } th { (t(Msg::Kind)) } th { (t(Msg::Status)) } th { (t(Msg::JoinedOn)) } th { (t(Msg::Change)) } } }
                tbody {
                    @for o in orgs {
                        tr id={ "org-" (o.id) } {
                            td { (o.name) } td { (o.country) } td { (o.kind) } td { (o.status) }
                            td { @if let Some(d) = o.joined_on { (d) } }
                            td {
                                // One organisation's change, labelled, opened on demand.
                                details.row-change {
                                    summary { (t(Msg::Change)) span.visually-hidden { " " (o.name) } }
                                    form.stack method="post" action={ "/admin/organisations/" (o.id) } {
                                        input type="hidden" name="csrf" value=(csrf);
                                        label { (t(Msg::Status))
                                            select name="status" {
                                                option value="active" selected[o.status.as_str() == "active"] { (t(Msg::Active)) }
                                                option value="suspended" selected[o.status.as_str() == "suspended"] { (t(Msg::Suspended)) }
                                            }
                                        }
                                        label { (t(Msg::Kind))
                                            select name="kind" {
                                                option value="full" selected[o.kind.as_str() == "full"] { (t(Msg::Full)) }
                                                option value="affiliate" selected[o.kind.as_str() == "affiliate"] { (t(Msg::Affiliate)) }
                                            }
                                        }
                                        label { (t(Msg::ReasonForChange)) input type="text" name="reason" required; }
                                        button.primary type="submit" { (t(Msg::SaveChange { org: o.name.clone() })) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { (t(Msg::Accounts)) }
            table #accounts {
                thead { tr { th { (t(Msg::Email)) } th { (t(Msg::Role)) } th { (t(Msg::Organisation)) } th { (t(Msg::Change)) } } }
                tbody {
                    @for a in accounts {
                        tr id={ "account-" (a.id) } {
                            td { (a.email) } td { (a.role) } td { (org_name(a.organisation_id)) }
                            td {
                                @let action = format!("/admin/accounts/{}", a.id);
                                @if a.active {
                                    (confirmed_form(&action, csrf, &[("active", "false")], &t(Msg::Disable), &t(Msg::DisableAccountWarning { name: a.email.clone() }), "secondary"))
                                } @else {
                                    (post_form(&action, csrf, &[("active", "true")], &t(Msg::Enable), "secondary"))
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}
