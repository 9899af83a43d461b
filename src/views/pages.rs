//! The pages.

use super::charts::{bars, gauge};
use super::{confirmed_form, confirmed_form_noting, notice, page, post_form, scroll, t, Chrome};
use crate::domain::assembly::{AssemblyState, AttendanceMode};
use crate::domain::motion::MotionState;
use crate::domain::organisation::{OrgKind, OrgStatus};
use crate::domain::poll::{BallotType, Choice, PollState};
use crate::domain::speakers::SpeakerState;
use crate::i18n::{motion_state_label, state_label, transition_label, Msg};
use crate::service::agenda::AgendaItemView;
use crate::service::assemblies::{AssemblyView, QuorumView};
use crate::service::attendance::AttendanceLine;
use crate::service::elections::{CandidateView, ElectionView};
use crate::service::home::{BallotToConfirm, ChairHome, DelegateHome, DelegateRound};
use crate::service::live::{LiveRound, LiveView};
use crate::service::motions::MotionView;
use crate::service::polls::{PollView, TellersPanel};
use crate::service::speakers::SpeakerView;
use crate::web::kept_receipts::{Kept, KeptReceipts, Subject};
use maud::{html, Markup};

/// The login form.
/// The login form; after a refusal, the reason, with the e-mail address kept
/// and the password field focused (the address was rarely what was wrong).
pub fn login(csrf: &str, error: Option<&str>, email: &str) -> Markup {
    let chrome = Chrome::visitor();
    page(
        &t(Msg::LogIn),
        &chrome,
        html! {
            h1 { (t(Msg::LogIn)) }
            @if let Some(e) = error { (notice("error", e)) }
            form.stack method="post" action="/login" {
                input type="hidden" name="csrf" value=(csrf);
                label { (t(Msg::Email)) input type="email" name="email" autocomplete="username" required value=(email); }
                label { (t(Msg::Password)) input type="password" name="password" autocomplete="current-password" required autofocus[!email.is_empty()]; }
                button.primary type="submit" { (t(Msg::LogIn)) }
            }
        },
    )
}

/// The page a one-time link opens: choose a password. The token stays in
/// the form's address only (the path), never in a field or a log.
pub fn welcome(token: &str, who: &crate::service::invitations::Welcome, error: Option<&str>) -> Markup {
    let chrome = Chrome::visitor();
    page(
        &t(Msg::WelcomeTitle),
        &chrome,
        html! {
            h1 { (t(Msg::WelcomeTitle)) }
            p #welcome-for { (t(Msg::WelcomeFor { name: who.name.clone(), email: who.email.clone() })) }
            @if let Some(e) = error { (notice("error", e)) }
            form.stack method="post" action={ "/welcome/" (token) } {
                // The e-mail as the login's name, for password managers.
                input type="hidden" name="username" autocomplete="username" value=(who.email);
                label { (t(Msg::NewPassword)) input type="password" name="password" autocomplete="new-password" minlength="10" required autofocus; }
                label { (t(Msg::PasswordAgain)) input type="password" name="again" autocomplete="new-password" minlength="10" required; }
                button.primary type="submit" { (t(Msg::SavePassword)) }
            }
        },
    )
}

/// After a link's password is saved, or when a link no longer works.
pub fn welcome_end(message: &str, kind: &str) -> Markup {
    let chrome = Chrome::visitor();
    page(
        &t(Msg::WelcomeTitle),
        &chrome,
        html! {
            h1 { (t(Msg::WelcomeTitle)) }
            (notice(kind, message))
            p { a.button.primary href="/login" { (t(Msg::LogIn)) } }
        },
    )
}

/// An error page with the sentence for a person.
pub fn error(chrome: &Chrome<'_>, message: &str) -> Markup {
    page(
        &t(Msg::NotDoneTitle),
        chrome,
        html! {
            h1 { (t(Msg::NotDoneTitle)) }
            p.notice.error role="alert" { (message) }
            p { a.button href="/" { (t(Msg::BackToYourPage)) } }
        },
    )
}

pub(super) fn mode_label(mode: AttendanceMode) -> String {
    t(match mode {
        AttendanceMode::InPerson => Msg::ModeInPerson,
        AttendanceMode::Remote => Msg::ModeRemote,
    })
}

/// A request to speak: the organisation, where it is (the room, remote,
/// not checked in), whether it only advises, and for the one speaking how
/// long it has had the floor (kept running by the page's script from the
/// server's clock; without script, since when).
fn speaker_line(s: &SpeakerView, now: &str) -> Markup {
    let place = match s.attending {
        Some(mode) => mode_label(mode),
        None => t(Msg::NotCheckedInShort),
    };
    html! {
        span.speaker { (s.organisation) }
        " "
        span.tag { (place) }
        @if s.affiliate { " " span.tag.advisory { (t(Msg::AffiliateAdvisory)) } }
        @if let (SpeakerState::Speaking, Some(since)) = (s.state, &s.started_at) {
            " "
            span.elapsed data-since=(since) data-now=(now) data-label=(t(Msg::SpeakingFor { time: "{time}".into() })) {
                (t(Msg::SpeakingSince { time: clock_time(since) }))
            }
        }
    }
}

/// The agenda with the item taken up marked; for the chair, the way to
/// take up the next item or any other.
fn agenda_card(items: &[AgendaItemView], current: Option<i64>, finished: bool, chair: Option<(i64, &str)>) -> Markup {
    let at = current.and_then(|c| items.iter().position(|i| i.id == c));
    // Once finished, nothing is "next": an item is taken up again by name.
    let next = match at {
        Some(i) => items.get(i + 1),
        None if finished => None,
        None => items.first(),
    };
    html! {
        section.card #agenda {
            h2 { (t(Msg::Agenda)) }
            @if items.is_empty() { p.muted { (t(Msg::NoAgenda)) } }
            @if finished { p #agenda-finished { strong { (t(Msg::AgendaIsFinished)) } } }
            ol {
                @for item in items {
                    @if Some(item.id) == current {
                        li.current aria-current="step" { strong { (item.title) } " " span.tag { (t(Msg::NowDiscussed)) } }
                    } @else {
                        li {
                            (item.title)
                            @if let Some((assembly, csrf)) = chair {
                                " " (post_form(&format!("/chair/assemblies/{assembly}/agenda/current"), csrf, &[("item", &item.id.to_string())], &t(Msg::TakeUp), "link"))
                            }
                        }
                    }
                }
            }
            @if let Some((assembly, csrf)) = chair {
                @match (next, at) {
                    (Some(n), _) => (post_form(&format!("/chair/assemblies/{assembly}/agenda/current"), csrf, &[("item", &n.id.to_string())], &t(Msg::NextItem { title: n.title.clone() }), "primary")),
                    (None, Some(_)) => (post_form(&format!("/chair/assemblies/{assembly}/agenda/current"), csrf, &[("item", "")], &t(Msg::AgendaFinished), "secondary")),
                    (None, None) => {},
                }
            }
        }
    }
}

/// What a delegate sees.
pub fn delegate(
    chrome: &Chrome<'_>,
    csrf: &str,
    p: &DelegateHome,
    kept: &KeptReceipts,
    voted: Option<Subject>,
) -> Markup {
    let org = &p.organisation;
    let title_of = |subject: Subject| match subject {
        Subject::Poll(id) => p.poll_titles.iter().find(|(p, _)| *p == id).map(|(_, t)| t.clone()),
        Subject::Round(id) => p.round_titles.iter().find(|(r, _)| *r == id).map(|(_, t)| t.clone()),
    };
    page(
        &t(Msg::Delegate),
        chrome,
        html! {
            h1 { (org.name) }
            @match &p.assembly {
                None => p { (t(Msg::NoAssembly)) },
                Some(a) => {
                    div data-live={ "/live/assemblies/" (a.id) } data-structure=[p.live.as_ref().map(|l| l.structure())] {
                    p.notice.info data-stale hidden { (t(Msg::PageChanged)) " " a href="/delegate" { (t(Msg::Reload)) } }
                    // Only a vote this browser cast and kept the receipt of:
                    // an address with `?voted=` alone announces nothing.
                    @let cast = voted.filter(|s| kept.receipts.iter().any(|k| k.subject == *s));
                    @if let Some(title) = cast.and_then(title_of) { (notice("success", &t(Msg::VotedNotice { title }))) }
                    h2 { (a.title) }
                    p.muted { (t(Msg::AssemblyState { state: state_label(a.state).into() })) }
                    @if let Some(link) = a.remote_link.as_deref().filter(|_| !matches!(a.state, AssemblyState::Closed | AssemblyState::MinutesApproved)) {
                        p #remote-link { a href=(link) rel="noopener noreferrer" target="_blank" { (t(Msg::RemoteLinkLabel)) } }
                    }
                    @if let Some(item) = p.live.as_ref().and_then(|l| l.current_item.as_ref()) { p #current-item { (t(Msg::NowOnAgenda { item: item.clone() })) } }
                    @if p.live.as_ref().is_some_and(|l| l.agenda_finished) { p #agenda-finished { (t(Msg::AgendaIsFinished)) } }
                    @if a.state == AssemblyState::Closed { (notice("info", &t(Msg::AssemblyOver))) }
                    @if a.state == AssemblyState::MinutesApproved { (notice("info", &t(Msg::AssemblyOverMinutesApproved))) }
                    @let paused = a.state == AssemblyState::Suspended;
                    @if paused { div.notice.info.big #suspended role="status" { strong { (t(Msg::SessionSuspendedForDelegates)) } } }
                    @if org.kind == OrgKind::Affiliate { (notice("info", &t(Msg::AdvisoryOnly))) }
                    @if org.kind == OrgKind::Full && org.status == OrgStatus::Suspended { (notice("info", &t(Msg::SuspendedOnly))) }
                    // Once closed, nobody is "checked in" any more: the notice says it is over.
                    @if !matches!(a.state, AssemblyState::Closed | AssemblyState::MinutesApproved) {
                    section.card {
                        @match p.present {
                            Some(mode) => p #attendance { (t(Msg::CheckedIn { mode: mode_label(mode) })) },
                            None => {
                                p #attendance { (t(Msg::NotCheckedInYet)) }
                                @if a.state.accepts_attendance() {
                                    (post_form("/delegate/check-in", csrf, &[], &t(Msg::CheckInRemote), "primary big"))
                                    @if let Some(code) = &p.code {
                                        div.checkin-code {
                                            p { (t(Msg::YourCheckinCode)) " " strong #checkin-code { (code) } }
                                            (qr(code))
                                        }
                                    }
                                }
                            }
                        }
                    }
                    }
                    section.card #speak {
                        @match &p.speaking {
                            Some(s) => {
                                p #speaker-state {
                                    @match (s.state, p.queue_position) {
                                        (SpeakerState::Speaking, _) => strong { (t(Msg::YouHaveTheFloor)) },
                                        (_, Some(position)) => (t(Msg::QueuePosition { position: position.into() })),
                                        _ => (t(Msg::InTheQueue)),
                                    }
                                }
                                @if s.state == SpeakerState::Queued {
                                    (post_form(&format!("/delegate/speakers/{}/withdraw", s.id), csrf, &[], &t(Msg::Withdraw), "secondary"))
                                }
                            }
                            None => {
                                @if a.state.accepts_attendance() {
                                    (post_form("/delegate/speak", csrf, &[], &t(Msg::AskToSpeak), "secondary"))
                                }
                            }
                        }
                    }
                    @if let Some((proxy, holder)) = &p.proxy_given {
                        section.card #proxy {
                            p { (t(Msg::ProxyGiven { org: holder.clone() })) }
                            @match &p.proxy_revocation_refused {
                                Some(why) => p.muted { (t(why.clone())) }
                                None => (post_form(&format!("/delegate/proxies/{}/revoke", proxy.id), csrf, &[], &t(Msg::Revoke), "secondary")),
                            }
                        }
                    } @else if !p.proxy_candidates.is_empty() {
                        section.card #proxy {
                            h3 { (t(Msg::GiveProxy)) }
                            form.stack method="post" action="/delegate/proxy" {
                                input type="hidden" name="csrf" value=(csrf);
                                label { (t(Msg::GiveProxyTo))
                                    select name="holder_id" { @for (id, name) in &p.proxy_candidates { option value=(id) { (name) } } }
                                }
                                button type="submit" { (t(Msg::GiveProxyButton)) }
                            }
                        }
                    }
                    section {
                        h2 { (t(Msg::OpenPolls)) }
                        @if p.polls.is_empty() && p.rounds.is_empty() { p.muted { (t(Msg::NoOpenPoll)) } }
                        @for dp in &p.polls {
                            @let (m, poll, ours) = (&dp.motion, &dp.poll, &dp.votes_for);
                            @let words = motion_words(m);
                            article.card.poll id={ "poll-" (poll.id) } {
                                h3 lang=[words.title_lang] { (words.title) }
                                (words.body)
                                (opinions(m))
                                p.ballot-kind { (t(ballot_kind(poll.ballot))) }
                                @if poll.ballot == BallotType::Tellers && p.present == Some(AttendanceMode::InPerson) {
                                    p.hint #tellers-in-room { (t(Msg::TellersInRoomHint)) }
                                }
                                p.muted data-bind={ "poll." (poll.id) ".cast" } { (t(Msg::VotesCastSoFar { cast: poll.cast.into(), eligible: poll.eligible.into() })) }
                                @if let Some(why) = &dp.why_not { p.why-not { (t(why.clone())) } }
                                @for v in ours {
                                    div.ballot id={ "ballot-" (poll.id) "-" (v.organisation_id) } {
                                        (ballot_owner(v, org.id, ours.len()))
                                        @if v.voted {
                                            p.voted { (voted_line(v, org.id)) }
                                            @if let Some(k) = kept.find(Subject::Poll(poll.id), v.organisation_id) { (kept_receipt(k, false)) }
                                        } @else if paused {
                                            p.why-not { (t(Msg::VotesWaitForResume)) }
                                        } @else {
                                            div.vote {
                                                // Posted: a choice is never in an address (history, logs).
                                                @let action = format!("/delegate/polls/{}/confirm", poll.id);
                                                @let target = v.organisation_id.to_string();
                                                @for (choice, label, class) in [(Choice::Yes, Msg::VoteYes, "vote yes"), (Choice::No, Msg::VoteNo, "vote no"), (Choice::Abstain, Msg::VoteAbstain, "vote abstain")] {
                                                    (post_form(&action, csrf, &[("choice", choice.as_str()), ("organisation_id", &target)], &t(label), class))
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        @for r in &p.rounds { (election_ballot(r, org.id, kept, csrf, paused)) }
                    }
                    @if let Some(r) = p.live.as_ref().and_then(|l| l.last_round.as_ref()) { (round_result(r, "round-result")) }
                    @if !p.closed.is_empty() {
                        section {
                            h2 { (t(Msg::Result)) }
                            ul { @for m in &p.closed { @if let Some(id) = m.last_poll {
                                li { a href={ "/polls/" (id) } { (m.title_for(crate::i18n::current())) } " — " (t(motion_state_label(m.state))) }
                            } } }
                        }
                    }
                    // Receipts of votes still open show beside their ballots.
                    @let open = |s: Subject| match s {
                        Subject::Poll(id) => p.polls.iter().any(|d| d.poll.id == id),
                        Subject::Round(id) => p.rounds.iter().any(|r| r.round.id == id),
                    };
                    @let receipts: Vec<_> = kept.receipts.iter().rev().filter(|k| !open(k.subject)).filter_map(|k| Some((k, title_of(k.subject)?))).collect();
                    @if !receipts.is_empty() {
                        section #receipts {
                            h2 { (t(Msg::YourReceipts)) }
                            p.hint { (t(Msg::YourReceiptsHint)) }
                            ul.receipts {
                                @for (k, title) in receipts {
                                    li {
                                        strong { (title) }
                                        @if k.organisation_id != org.id {
                                            @if let Some((_, name)) = p.proxies_held.iter().find(|(id, _)| *id == k.organisation_id) {
                                                " " (t(Msg::ReceiptFor { org: name.clone() }))
                                            }
                                        }
                                        (kept_receipt(k, true))
                                    }
                                }
                            }
                        }
                    }
                    }
                }
            }
        },
    )
}

/// An election on the chair's page: rounds, results, and the next step.
/// A round's count while open, its result by name once closed.
pub(super) fn round_outcome(e: &ElectionView, r: &crate::service::elections::RoundView) -> Markup {
    let name = |id: i64| e.candidates.iter().find(|c| c.id == id).map(|c| c.name.clone()).unwrap_or_default();
    html! {
        @match &r.result {
            None => p.cast data-bind={ "round." (r.id) ".cast" } { (t(Msg::VotesCastSoFar { cast: r.cast.into(), eligible: r.eligible.into() })) },
            Some(res) => {
                p { (t(Msg::RoundBallots { ballots: res.ballots.into(), abstentions: res.abstentions.into() })) }
                table.round-result {
                    thead { tr { th { (t(Msg::Candidate)) } th { (t(Msg::Approvals)) } th { (t(Msg::Result)) } } }
                    tbody {
                        @for s in &res.ranking {
                            tr {
                                td { (name(s.candidate)) } td { (s.votes) }
                                td { @if res.elected.contains(&s.candidate) { strong { (t(Msg::ElectedMark)) } } @else if res.runoff.contains(&s.candidate) { (t(Msg::InRunoff)) } }
                            }
                        }
                    }
                }
                @if !res.runoff.is_empty() { p { strong { (t(Msg::RunoffNeeded)) } } }
            }
        }
    }
}

fn election_card(e: &ElectionView, csrf: &str) -> Markup {
    let name = |id: i64| e.candidates.iter().find(|c| c.id == id).map(|c| c.name.clone()).unwrap_or_default();
    html! {
        article.card id={ "election-" (e.id) } {
            h3 { (e.title) }
            p.muted { (t(Msg::SeatsToFill { seats: e.seats.into() })) }
            @for r in &e.rounds {
                h4 { (t(Msg::Round { round: r.round.to_string() })) }
                (round_outcome(e, r))
                @if r.state == PollState::Open {
                    @let still = html! { p.still-to-vote data-bind={ "round." (r.id) ".missing" } { (t(crate::i18n::still_to_vote(r.cast, i64::try_from(r.eligible).unwrap_or(i64::MAX)))) } };
                    (confirmed_form_noting(&format!("/chair/rounds/{}/close", r.id), csrf, &[], &t(Msg::CloseRound), still, &t(Msg::CloseRoundWarning), "primary"))
                }
            }
            @if !e.elected.is_empty() {
                p.elected { strong { (t(Msg::Elected)) } " " (e.elected.iter().map(|id| name(*id)).collect::<Vec<_>>().join(", ")) }
            }
            @if !e.complete && e.rounds.last().map(|r| r.state != PollState::Open).unwrap_or(true) {
                (post_form(&format!("/chair/elections/{}/rounds", e.id), csrf, &[], &t(Msg::OpenRound), "primary"))
            }
        }
    }
}

/// That an organisation's ballot is in: "Your organisation has voted", or
/// the organisation by name for a ballot cast by proxy.
fn voted_line(v: &crate::service::voting::VoteFor, own: i64) -> String {
    if v.organisation_id == own {
        t(Msg::AlreadyVotedHere)
    } else {
        t(Msg::OrgHasVoted { org: v.name.clone() })
    }
}

/// [`voted_line`] for an election round: "in this round", not "poll".
fn voted_in_round_line(v: &crate::service::voting::VoteFor, own: i64) -> String {
    if v.organisation_id == own {
        t(Msg::AlreadyVotedInRound)
    } else {
        t(Msg::OrgHasVotedInRound { org: v.name.clone() })
    }
}

/// Whose ballot a set of buttons casts, where a delegate casts more than
/// one: its own organisation's, or one it holds the proxy of.
fn ballot_owner(v: &crate::service::voting::VoteFor, own: i64, ballots: usize) -> Markup {
    html! {
        @if v.organisation_id != own {
            p.for-org { (t(Msg::VotingFor { org: v.name.clone() })) }
        } @else if ballots > 1 {
            p.for-org { (t(Msg::VotingForOwn { org: v.name.clone() })) }
        }
    }
}

/// An open election round on a delegate's page: one approval ballot for
/// each organisation it votes for (its own, and by proxy).
fn election_ballot(r: &DelegateRound, own: i64, kept: &KeptReceipts, csrf: &str, paused: bool) -> Markup {
    html! {
        article.card.poll id={ "round-" (r.round.id) } {
            h3 { (r.title) }
            p.ballot-kind { (t(Msg::BallotElection)) }
            p.muted data-bind={ "round." (r.round.id) ".cast" } { (t(Msg::VotesCastSoFar { cast: r.round.cast.into(), eligible: r.round.eligible.into() })) }
            @if let Some(why) = &r.why_not { p.why-not { (t(why.clone())) } }
            @for v in &r.votes_for {
                div.ballot id={ "round-ballot-" (r.round.id) "-" (v.organisation_id) } {
                    (ballot_owner(v, own, r.votes_for.len()))
                    @if v.voted {
                        p.voted { (voted_in_round_line(v, own)) }
                        @if let Some(k) = kept.find(Subject::Round(r.round.id), v.organisation_id) { (kept_receipt(k, false)) }
                    } @else if paused {
                        p.why-not { (t(Msg::VotesWaitForResume)) }
                    } @else {
                        (round_ballot_form(r.round.id, v.organisation_id, r.round.seats, &r.candidates, &[], csrf))
                    }
                }
            }
        }
    }
}

/// An approval ballot, sent to its confirmation first: a box per candidate
/// (a whole row to tap), `data-max` for the page's script to stop a tick
/// past the seats; the confirmation says so too, keeping the ticks.
fn round_ballot_form(
    round: i64,
    organisation: i64,
    seats: i32,
    candidates: &[CandidateView],
    chosen: &[i64],
    csrf: &str,
) -> Markup {
    html! {
        form.stack.ballot-form method="post" action={ "/delegate/rounds/" (round) "/confirm" } data-max=(seats) {
            input type="hidden" name="csrf" value=(csrf);
            input type="hidden" name="organisation_id" value=(organisation);
            fieldset {
                legend { (t(Msg::ChooseUpTo { seats: seats.into() })) }
                @for c in candidates {
                    label.choice { input type="checkbox" name="candidate" value=(c.id) checked[chosen.contains(&c.id)]; span { (c.name) } }
                }
            }
            button.primary.big type="submit" { (t(Msg::CastBallot)) }
        }
    }
}

/// A receipt the delegate's browser keeps: the choice where the ballot is
/// public, the code, when it was cast, and, once its vote is closed, a
/// button to check it (posted, so that the code is in no address); while
/// it is open a check could only say so, and the page says when instead.
fn kept_receipt(k: &Kept, closed: bool) -> Markup {
    let at = chrono::DateTime::from_timestamp(k.at, 0)
        .map(|d| format!("{} UTC", crate::i18n::time(crate::i18n::current(), d.naive_utc().time())))
        .unwrap_or_default();
    let id = match k.subject {
        Subject::Poll(id) => format!("receipt-p{id}-{}", k.organisation_id),
        Subject::Round(id) => format!("receipt-r{id}-{}", k.organisation_id),
    };
    html! {
        div.kept-receipt {
            @if let Some(choice) = k.choice { p { (t(Msg::YourChoice { choice: choice_label(choice) })) } }
            @if closed {
                form.inline method="post" action="/receipts" {
                    input type="hidden" name="code" value=(k.code);
                    (t(Msg::ReceiptLabel)) " " code.receipt id=(id) { (k.code) } " "
                    span.muted { (t(Msg::ReceiptCastAt { time: at })) } " "
                    button.secondary type="submit" { (t(Msg::CheckReceipt)) }
                }
            } @else {
                p {
                    (t(Msg::ReceiptLabel)) " " code.receipt id=(id) { (k.code) } " "
                    span.muted { (t(Msg::ReceiptCastAt { time: at })) } " "
                    span.hint { (t(Msg::CheckReceiptOnceClosed)) }
                }
            }
        }
    }
}

/// What a poll's ballot type means for the delegate casting it.
/// A ballot type's short name.
fn ballot_name(ballot: BallotType) -> Msg {
    match ballot {
        BallotType::RollCall => Msg::RollCall,
        BallotType::Secret => Msg::SecretBallot,
        BallotType::Tellers => Msg::TellersBallot,
    }
}

fn ballot_kind(ballot: BallotType) -> Msg {
    match ballot {
        BallotType::RollCall => Msg::BallotRollCall,
        BallotType::Secret => Msg::BallotSecret,
        BallotType::Tellers => Msg::BallotTellers,
    }
}

/// The step before a poll's ballot is cast.
pub fn confirm_vote(chrome: &Chrome<'_>, csrf: &str, poll: i64, choice: Choice, c: &BallotToConfirm) -> Markup {
    let back = format!("/delegate#poll-{poll}");
    page(
        &t(Msg::ConfirmTitle),
        chrome,
        html! {
            h1 { (t(Msg::ConfirmTitle)) }
            @match &c.refused {
                Some(why) => {
                    (notice("error", &t(why.clone())))
                    p { a.button href=(back) { (t(Msg::Back)) } }
                }
                None => section.card.confirm {
                    p.question { (t(Msg::ConfirmVote { choice: choice_label(choice).to_uppercase(), org: c.organisation.clone(), motion: c.title.clone() })) }
                    @if let Some(ballot) = c.ballot { p.ballot-kind { (t(ballot_kind(ballot))) } }
                    p { (t(if c.vote_changes { Msg::ConfirmChangeable } else { Msg::ConfirmFinal })) }
                    div.confirm-actions {
                        form.inline method="post" action={ "/delegate/polls/" (poll) "/vote" } {
                            input type="hidden" name="csrf" value=(csrf);
                            input type="hidden" name="choice" value=(choice.as_str());
                            input type="hidden" name="organisation_id" value=(c.organisation_id);
                            button.big type="submit" class={ "vote " (choice.as_str()) } autofocus { (t(Msg::ConfirmCast { choice: choice_label(choice).to_uppercase() })) }
                        }
                        a.button.secondary href=(back) { (t(Msg::Cancel)) }
                    }
                }
            }
        },
    )
}

/// The step before an election round's ballot is cast: the names chosen;
/// too many ticks (or a name not standing) shows the ballot again with
/// the ticks kept.
/// With `changing`, the ballot is shown again with its ticks, to change.
pub fn confirm_round_vote(chrome: &Chrome<'_>, csrf: &str, round: i64, c: &BallotToConfirm, changing: bool) -> Markup {
    let back = format!("/delegate#round-{round}");
    let name = |id: i64| c.candidates.iter().find(|x| x.id == id).map(|x| x.name.clone()).unwrap_or_default();
    page(
        &t(Msg::ConfirmTitle),
        chrome,
        html! {
            h1 { (t(Msg::ConfirmTitle)) }
            @match &c.refused {
                Some(why @ (Msg::TooManyChoices { .. } | Msg::BadRequest { .. })) => {
                    (notice("error", &t(why.clone())))
                    section.card {
                        h2 { (c.title) }
                        (round_ballot_form(round, c.organisation_id, c.seats, &c.candidates, &c.chosen, csrf))
                    }
                }
                None if changing => section.card {
                    h2 { (c.title) }
                    (round_ballot_form(round, c.organisation_id, c.seats, &c.candidates, &c.chosen, csrf))
                },
                Some(why) => {
                    (notice("error", &t(why.clone())))
                    p { a.button href=(back) { (t(Msg::Back)) } }
                }
                None => section.card.confirm {
                    p.question { (t(Msg::ConfirmRound { org: c.organisation.clone(), election: c.title.clone() })) }
                    @if c.chosen.is_empty() {
                        p { strong { (t(Msg::ConfirmNoCandidate)) } }
                    } @else {
                        ul.chosen { @for id in &c.chosen { li { strong { (name(*id)) } } } }
                    }
                    p.ballot-kind { (t(Msg::BallotElection)) }
                    p { (t(Msg::ConfirmFinal)) }
                    div.confirm-actions {
                        form.inline method="post" action={ "/delegate/rounds/" (round) "/vote" } {
                            input type="hidden" name="csrf" value=(csrf);
                            input type="hidden" name="organisation_id" value=(c.organisation_id);
                            @for id in &c.chosen { input type="hidden" name="candidate" value=(id); }
                            button.primary.big type="submit" autofocus { (t(Msg::ConfirmCastBallot)) }
                        }
                        // Back to the ballot with its ticks, not to an empty one.
                        form.inline method="post" action={ "/delegate/rounds/" (round) "/confirm" } {
                            input type="hidden" name="csrf" value=(csrf);
                            input type="hidden" name="organisation_id" value=(c.organisation_id);
                            input type="hidden" name="change" value="1";
                            @for id in &c.chosen { input type="hidden" name="candidate" value=(id); }
                            button.secondary type="submit" { (t(Msg::ChangeBallot)) }
                        }
                    }
                }
            }
        },
    )
}

/// Affiliates' advisory opinions on a motion.
/// A motion's title and text as a reader of the page's language reads
/// them: a translation into that language where there is one, marked as
/// one (by whom, when) with the authoritative text a click away; else the
/// authoritative text, marked with its language where that is not the
/// page's. Each text carries its `lang`, for screen readers and
/// hyphenation.
pub(crate) struct MotionWords<'a> {
    pub title: &'a str,
    /// The title's language where it is not the page's.
    pub title_lang: Option<&'static str>,
    pub body: Markup,
}

pub(crate) fn motion_words(m: &MotionView) -> MotionWords<'_> {
    let here = crate::i18n::current();
    let own = m.lang();
    let own_tag = (own != here).then(|| own.tag());
    let authoritative = html! {
        div.motion-text lang=[own_tag] { (maud::PreEscaped(super::markdown::render(&m.text))) }
    };
    match m.translation(here).filter(|_| own != here) {
        Some(tr) => MotionWords {
            title: &tr.title,
            title_lang: None,
            body: html! {
                div.motion-text.translated { (maud::PreEscaped(super::markdown::render(&tr.text))) }
                p.hint.translation {
                    (t(Msg::TranslationBy { language: crate::i18n::language_named(here.tag()), by: tr.by.clone(), at: super::when(&tr.at) }))
                }
                details.authoritative {
                    summary { (t(Msg::ShowAuthoritativeText { language: crate::i18n::language_named(own.tag()) })) }
                    p lang=(own.tag()) { strong { (m.title) } }
                    (authoritative)
                }
            },
        },
        None => MotionWords {
            title: &m.title,
            title_lang: own_tag,
            body: html! {
                (authoritative)
                @if own != here {
                    p.hint.translation { (t(Msg::AuthoritativeTextIn { language: crate::i18n::language_named(own.tag()) })) }
                }
            },
        },
    }
}

/// A motion's translations on the chair's page: those it has (language,
/// title, by whom, when) and, until the motion is put to the vote, a form
/// to add one in any language plenum speaks and one per translation to
/// replace it, filled with its words. Folded, so that the list of motions
/// stays short.
fn translations_part(m: &MotionView, assembly: &AssemblyView, csrf: &str) -> Markup {
    use crate::i18n::Lang;
    let own = m.lang();
    let open = m.state != MotionState::Voting
        && !m.state.is_final()
        && !matches!(assembly.state, AssemblyState::Closed | AssemblyState::MinutesApproved);
    // The official languages a delegate would read the motion in that have
    // no translation yet: said before the vote opens, while one can be added.
    let untranslated: Vec<Msg> = assembly
        .languages
        .iter()
        .filter(|tag| Lang::from_tag(tag).is_some_and(|l| l != own && m.translation(l).is_none()))
        .map(|tag| *crate::i18n::language_named(tag))
        .collect();
    let action = format!("/chair/motions/{}/translations", m.id);
    let missing: Vec<Lang> = Lang::ALL.iter().copied().filter(|l| *l != own && m.translation(*l).is_none()).collect();
    // The words typed are in the translation's language (when known), the
    // labels in the reader's.
    let fields = |lang: Option<&str>, title: &str, text: &str| {
        html! {
            input type="hidden" name="csrf" value=(csrf);
            label { (t(Msg::TranslationTitle)) input type="text" name="title" lang=[lang] required value=(title); }
            label { (t(Msg::TranslationText)) textarea name="text" lang=[lang] rows="6" { (text) } }
        }
    };
    html! {
        @if open || !m.translations.is_empty() {
            details.translations id={ "translations-" (m.id) } {
                summary { (t(Msg::TranslationsSummary { language: crate::i18n::language_named(own.tag()), count: m.translations.len().into() })) }
                @if !m.translations.is_empty() {
                    ul.translations {
                        @for tr in &m.translations {
                            li {
                                (t(Msg::Labelled { label: crate::i18n::language_named(&tr.language) })) " " span lang=(tr.language) { (tr.title) } " "
                                span.muted { (t(Msg::TranslationListed { by: tr.by.clone(), at: super::when(&tr.at) })) }
                            }
                        }
                    }
                }
                @if open && !untranslated.is_empty() {
                    p.untranslated { (t(Msg::TranslationsMissing { languages: untranslated.clone() })) }
                }
                @if open {
                    p.hint { (t(Msg::TranslationsHint { language: crate::i18n::language_named(own.tag()) })) }
                    @for tr in &m.translations {
                        details {
                            summary { (t(Msg::ReplaceTranslation { language: crate::i18n::language_named(&tr.language) })) }
                            form.stack method="post" action=(action) {
                                input type="hidden" name="language" value=(tr.language);
                                (fields(Some(&tr.language), &tr.title, &tr.text))
                                button type="submit" { (t(Msg::SaveTranslation)) }
                            }
                        }
                    }
                    @if !missing.is_empty() {
                        form.stack method="post" action=(action) {
                            label {
                                (t(Msg::TranslationLanguage))
                                select name="language" required {
                                    @for l in &missing { option value=(l.tag()) lang=(l.tag()) { (l.name()) } }
                                }
                            }
                            (fields(None, "", ""))
                            button type="submit" { (t(Msg::AddTranslation)) }
                        }
                    }
                }
            }
        }
    }
}

fn opinions(m: &MotionView) -> Markup {
    html! {
        @if !m.opinions.is_empty() {
            section.opinions {
                h3 { (t(Msg::AdvisoryOpinions)) }
                @for o in &m.opinions {
                    blockquote { p { (o.text) } footer { "— " (o.organisation) } }
                }
            }
        }
    }
}

/// A QR code of a short text, as inline SVG.
fn qr(text: &str) -> Markup {
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => {
            let svg = code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(160, 160).build();
            // The renderer's output holds only our code's modules; drop the XML prologue.
            let start = svg.find("<svg").unwrap_or(0);
            html! { div.qr { (maud::PreEscaped(svg[start..].to_string())) } }
        }
        Err(_) => html! {},
    }
}

/// A closed election round: each candidate, its approvals, who is elected.
fn round_result(r: &LiveRound, id: &str) -> Markup {
    html! {
        @if let Some(lines) = &r.result {
            section.card id=(id) {
                h2 { (r.title) " — " (t(Msg::Round { round: r.round.to_string() })) }
                table {
                    thead { tr { th { (t(Msg::Candidate)) } th { (t(Msg::Approvals)) } th { (t(Msg::Result)) } } }
                    tbody {
                        @for l in lines {
                            tr { td { (l.name) } td { (l.votes) } td { @if l.elected { strong { (t(Msg::ElectedMark)) } } @else if l.runoff { (t(Msg::InRunoff)) } } }
                        }
                    }
                }
                // What follows, in the chair's words: a run-off, another
                // round for the seats left, and who the election has elected.
                @if lines.iter().any(|l| l.runoff) {
                    p.next-step { strong { (t(Msg::RunoffNeeded)) } }
                } @else if let Some(left) = r.seats_left.filter(|left| *left > 0) {
                    p.next-step { strong { (t(Msg::SeatsStillToFill { seats: left.into() })) } }
                }
                @if !r.elected_so_far.is_empty() {
                    p.elected { strong { (t(Msg::Elected)) } " " (r.elected_so_far.join(", ")) }
                }
            }
        }
    }
}

/// What the chair sees.
pub fn chair(chrome: &Chrome<'_>, csrf: &str, p: &ChairHome) -> Markup {
    page(
        &t(Msg::Chair),
        chrome,
        html! {
            h1 { (t(Msg::Chair)) }
            @if let Some(a) = &p.current {
                div data-live={ "/live/assemblies/" (a.id) } data-structure=[p.live.as_ref().map(|l| l.structure())] {
                section.card {
                    h2 { (a.title) }
                    p #state { (t(Msg::AssemblyState { state: state_label(a.state).into() })) }
                    div.actions {
                        // Minutes are approved on their own page, which seals them.
                        @for next in a.next_states.iter().filter(|s| **s != AssemblyState::MinutesApproved) {
                            @let action = format!("/chair/assemblies/{}/transition", a.id);
                            @let label = t(transition_label(*next, a.state));
                            @if *next == AssemblyState::Closed {
                                // What the close would leave behind, said before it.
                                @let unfilled: Vec<(&str, usize)> = p.elections.iter()
                                    .filter(|e| !e.complete)
                                    .map(|e| (e.title.as_str(), usize::try_from(e.seats).unwrap_or(0).saturating_sub(e.elected.len())))
                                    .collect();
                                @let note = html! {
                                    @for (title, empty) in &unfilled {
                                        p.close-leaves { (t(Msg::SeatsLeftEmpty { election: title.to_string(), empty: empty.to_string() })) }
                                    }
                                    @let live_links = p.displays.iter().filter(|d| d.assembly_id == a.id).count();
                                    @if live_links > 0 {
                                        p.close-leaves { (t(Msg::DisplaysStillLive { count: live_links.into() })) }
                                    }
                                };
                                (confirmed_form_noting(&action, csrf, &[("to", next.as_str())], &label, note, &t(Msg::CloseAssemblyWarning), "secondary"))
                            } @else {
                                (post_form(&action, csrf, &[("to", next.as_str())], &label, "secondary"))
                            }
                        }
                    }
                    p { a href="/hall" { (t(Msg::Hall)) } " · " a href="/desk" { (t(Msg::Desk)) } " · " a href="/admin" { (t(Msg::Register)) } " · " a href="/audit" { (t(Msg::AuditEvents)) } " · " a #minutes-link href={ "/chair/assemblies/" (a.id) "/minutes" } { (t(Msg::MinutesTitle)) } " · " a #notices-link href={ "/chair/assemblies/" (a.id) "/notices" } { (t(Msg::NoticesTitle)) } }
                }
                @if !p.agenda.is_empty() {
                    @let held = matches!(a.state, AssemblyState::InSession | AssemblyState::Suspended);
                    // After the close no item is "now".
                    @let over = matches!(a.state, AssemblyState::Closed | AssemblyState::MinutesApproved);
                    (agenda_card(&p.agenda, a.current_item.filter(|_| !over), a.agenda_finished, held.then_some((a.id.0, csrf))))
                }
                @if let Some(live) = &p.live {
                    (quorum_card(&live.quorum))
                    section.card #speakers {
                        h2 { (t(Msg::Speakers)) }
                        @if live.speakers.is_empty() { p.muted { (t(Msg::NoSpeakers)) } }
                        ol {
                            @for s in &live.speakers {
                                li {
                                    (speaker_line(s, &live.now)) " "
                                    @if s.state == SpeakerState::Speaking {
                                        strong { "(" (t(Msg::SpeakerSpeaking)) ") " }
                                        (post_form(&format!("/chair/speakers/{}/done", s.id), csrf, &[], &t(Msg::EndFloor), "secondary"))
                                    } @else if a.state == AssemblyState::InSession {
                                        // The floor is given in session only.
                                        (post_form(&format!("/chair/speakers/{}/floor", s.id), csrf, &[], &t(Msg::GiveFloor), "secondary"))
                                    }
                                }
                            }
                        }
                    }
                }
                section {
                    h2 { (t(Msg::Motions)) }
                    @for (m, poll) in &p.motions {
                        article.card id={ "motion-" (m.id) } {
                            h3 { (m.title) }
                            p.muted { (t(motion_state_label(m.state))) }
                            @match poll {
                                Some(poll) if poll.state == PollState::Open => {
                                    p.cast data-bind={ "poll." (poll.id) ".cast" } { (t(Msg::VotesCastSoFar { cast: poll.cast.into(), eligible: poll.eligible.into() })) }
                                    p.muted {
                                        (t(Msg::SinceOpened { time: clock_time(&poll.opened_at) }))
                                        @if let Some(live) = &p.live {
                                            " " span.elapsed data-since=(poll.opened_at) data-now=(live.now) data-label=(t(Msg::OpenFor { time: "{time}".into() })) {}
                                        }
                                    }
                                    @let waiting = format!("poll.{}.waiting", poll.id);
                                    @if let Some(w) = p.live.as_ref().and_then(|l| l.texts.get(&waiting)) {
                                        p.waiting data-bind=(waiting) { (w) }
                                    }
                                    @let still = html! { p.still-to-vote data-bind={ "poll." (poll.id) ".missing" } { (t(crate::i18n::still_to_vote(poll.cast, poll.eligible.into()))) } };
                                    (confirmed_form_noting(&format!("/chair/polls/{}/close", poll.id), csrf, &[], &t(Msg::ClosePoll), still, &t(Msg::ClosePollWarning), "primary"))
                                }
                                _ => {
                                    @if let Some(id) = m.last_poll { p { a href={ "/polls/" (id) } { (t(Msg::ResultLink)) } } }
                                    @if m.state == MotionState::Admitted {
                                        @let quorum = crate::domain::quorum::QuorumRule(m.quorum.or(a.quorum));
                                        p.rules { (t(crate::i18n::rules(&m.majority, quorum))) }
                                    }
                                    @if a.state.accepts_votes() && m.state == MotionState::Admitted {
                                        form.inline method="post" action={ "/chair/motions/" (m.id) "/open" } {
                                            input type="hidden" name="csrf" value=(csrf);
                                            label {
                                                (t(Msg::HowToVote)) " "
                                                select name="ballot" {
                                                    option value="roll_call" { (t(Msg::RollCall)) }
                                                    option value="secret" { (t(Msg::SecretBallot)) }
                                                    option value="tellers" { (t(Msg::TellersBallot)) }
                                                }
                                            }
                                            button.primary type="submit" { (t(Msg::OpenPoll)) }
                                        }
                                    }
                                }
                            }
                            (translations_part(m, a, csrf))
                        }
                    }
                }
                }
            }
            @if let Some(a) = &p.current {
                section.card #projector {
                    h2 { (t(Msg::Projector)) }
                    p.hint { (t(Msg::ProjectorHint)) }
                    @for d in p.displays.iter().filter(|d| d.assembly_id == a.id) {
                        div.display-link {
                            (t(Msg::DisplayOpenSince { at: super::when(&d.created_at) })) " "
                            (confirmed_form(&format!("/chair/displays/{}/revoke", d.id), csrf, &[], &t(Msg::RevokeDisplay), &t(Msg::RevokeDisplayWarning), "secondary"))
                        }
                    }
                    // A closed assembly has nothing more to show the room.
                    @if !matches!(a.state, AssemblyState::Closed | AssemblyState::MinutesApproved) {
                        (post_form(&format!("/chair/assemblies/{}/displays", a.id), csrf, &[], &t(Msg::MakeDisplay), "secondary"))
                    }
                }
            }
            // Links made for other assemblies, still working: revocable here.
            @let current_id = p.current.as_ref().map(|a| a.id);
            @let others: Vec<_> = p.displays.iter().filter(|d| Some(d.assembly_id) != current_id).collect();
            @if !others.is_empty() {
                section.card #other-displays {
                    h2 { (t(Msg::OtherDisplays)) }
                    @for d in others {
                        @let title = p.assemblies.iter().find(|x| x.id == d.assembly_id).map(|x| x.title.clone()).unwrap_or_default();
                        div.display-link {
                            strong { (title) } ": " (t(Msg::DisplayOpenSince { at: super::when(&d.created_at) })) " "
                            (confirmed_form(&format!("/chair/displays/{}/revoke", d.id), csrf, &[], &t(Msg::RevokeDisplay), &t(Msg::RevokeDisplayWarning), "secondary"))
                        }
                    }
                }
            }
            @if !p.elections.is_empty() {
                section #elections {
                    h2 { (t(Msg::Elections)) }
                    @for e in &p.elections { (election_card(e, csrf)) }
                }
            }
            section {
                h2 { (t(Msg::Assemblies)) }
                ul { @for a in &p.assemblies { li { (a.title) " — " (t(state_label(a.state))) } } }
            }
        },
    )
}

/// The quorum: a sentence, a verdict and a gauge, kept live by the stream.
fn quorum_card(q: &QuorumView) -> Markup {
    html! {
        section.card #quorum {
            h2 { (t(Msg::Attendance)) }
            p.big {
                span data-bind="quorum" { (t(Msg::PresentCount { present: (q.present + q.represented).into(), full: q.full_members.into() })) }
                " — "
                strong data-bind="quorum.verdict" { @if q.quorate { (t(Msg::Quorate)) } @else { (t(Msg::NotQuorate)) } }
            }
            p.muted { (t(Msg::QuorumDetail { present: q.present.into(), represented: q.represented.into(), required: q.required.into() })) }
            (gauge(&t(Msg::Attendance), q.present + q.represented, q.full_members, q.required, q.quorate))
        }
    }
}

/// The projector view: large, live, nothing to click.
/// The projector's page: what the room reads from its back rows. `stream`
/// is the live stream it follows (a session's, or a display link's).
pub fn hall(chrome: &Chrome<'_>, live: &LiveView, stream: &str) -> Markup {
    page(
        &t(Msg::Hall),
        chrome,
        html! {
            div.hall data-live=(stream) data-structure=(live.structure()) {
                h1 { (live.title) }
                @if let Some(item) = &live.current_item { p.big #hall-item { (t(Msg::NowOnAgenda { item: item.clone() })) } }
                @if live.agenda_finished { p.big #hall-agenda-finished { (t(Msg::AgendaIsFinished)) } }
                @if live.state == AssemblyState::Suspended { p.notice.big #hall-suspended { (t(Msg::SessionSuspendedNotice)) } }
                // After the close, who is present and the quorum no longer
                // stand: the room reads that it is closed, below.
                @if !matches!(live.state, AssemblyState::Closed | AssemblyState::MinutesApproved) { (quorum_card(&live.quorum)) }
                @if !live.speakers.is_empty() {
                    section.card #hall-speakers {
                        h2 { (t(Msg::QueueHeading)) }
                        @for s in &live.speakers {
                            @if s.state == SpeakerState::Speaking { p.big #hall-speaking { strong { (t(Msg::NowSpeakingLabel)) } " " (speaker_line(s, &live.now)) } }
                        }
                        ol { @for s in live.speakers.iter().filter(|s| s.state == SpeakerState::Queued).take(5) { li { (speaker_line(s, &live.now)) } } }
                    }
                }
                @for p in &live.open_polls {
                    section.card.poll.open id={ "hall-poll-" (p.id) } {
                        p.kind { strong { (t(Msg::VotingNow)) } " · " (t(ballot_name(p.ballot))) }
                        h2 { (p.title) }
                        p.big data-bind={ "poll." (p.id) ".cast" } { (t(Msg::VotesCastSoFar { cast: p.cast.into(), eligible: p.eligible.into() })) }
                    }
                }
                @for r in &live.open_rounds {
                    section.card.poll.open id={ "hall-round-" (r.id) } {
                        p.kind { strong { (t(Msg::VotingNow)) } " · " (t(Msg::ElectionBallot)) }
                        h2 { (r.title) " — " (t(Msg::Round { round: r.round.to_string() })) }
                        p.big data-bind={ "round." (r.id) ".cast" } { (t(Msg::VotesCastSoFar { cast: r.cast.into(), eligible: r.eligible.into() })) }
                    }
                }
                // While a vote is open the room looks at it: the last
                // results wait (the screen holds one thing well, not four).
                // Otherwise it shows what was decided last, a round's
                // result or a poll's, not both.
                @let voting = !live.open_polls.is_empty() || !live.open_rounds.is_empty();
                @if matches!(live.state, AssemblyState::Closed | AssemblyState::MinutesApproved) { p.notice.big #hall-closed { (t(Msg::HallAssemblyClosed)) } }
                @if let Some(r) = live.last_round.as_ref().filter(|_| !voting && live.round_is_latest) { (round_result(r, "hall-round-result")) }
                @if let Some(last) = live.last_result.as_ref().filter(|_| !voting && !live.round_is_latest) {
                    @if let Some(r) = &last.result {
                        section.card #hall-result {
                            h2 { (last.title) }
                            @if r.in_words.is_empty() {
                                p.outcome class=(r.outcome.as_str()) { strong { (r.explanation) } }
                            } @else {
                                p.outcome.big class=(r.outcome) { strong { (t(if r.outcome == crate::domain::majority::Outcome::Carried { Msg::VerdictCarried } else { Msg::VerdictRejected })) } }
                                div #hall-in-words { @for w in &r.in_words { p { (w) } } }
                            }
                            (bars(&t(Msg::Result), &[
                                (t(Msg::Yes), r.yes as u64, "#2e7d32"),
                                (t(Msg::No), r.no as u64, "#c62828"),
                                (t(Msg::Abstain), r.abstain as u64, "#757575"),
                            ]))
                        }
                    }
                }
            }
        },
    )
}

/// A display link just made, shown this once.
pub fn display_made(chrome: &Chrome<'_>, link: &str) -> Markup {
    page(
        &t(Msg::DisplayMade),
        chrome,
        html! {
            h1 { (t(Msg::DisplayMade)) }
            p { (t(Msg::DisplayMadeHint)) }
            p.receipt { code #display-link { (link) } }
            p { button.secondary type="button" data-copy="#display-link" data-copied=(t(Msg::Copied)) hidden { (t(Msg::CopyLink)) } }
            p { a.button href="/chair#projector" { (t(Msg::BackToChair)) } }
        },
    )
}

/// What the desk's page shows again after a refusal, the input kept: a
/// room count, or a check-in code (as typed) with why it was refused.
#[derive(Default)]
pub struct DeskRefused<'a> {
    pub draft: Option<&'a crate::service::polls::TellersDraft>,
    pub code: Option<(&'a str, &'a str)>,
}

/// The check-in desk.
pub fn desk(
    chrome: &Chrome<'_>,
    csrf: &str,
    assembly: Option<&AssemblyView>,
    lines: &[AttendanceLine],
    names: &std::collections::HashMap<i64, String>,
    query: &str,
    (tellers, refused): (&[TellersPanel], DeskRefused<'_>),
) -> Markup {
    let DeskRefused { draft, code: refused_code } = refused;
    // Every organisation's name, the search's matches or not (a proxy's holder).
    let name_of = |id: i64| names.get(&id).cloned().unwrap_or_default();
    // A group shows its first rows; a search narrows it down.
    let shown = if query.trim().is_empty() { super::paging::PER_PAGE } else { 4 * super::paging::PER_PAGE };
    let full = |l: &&AttendanceLine| l.organisation.kind == OrgKind::Full;
    let in_room: Vec<&AttendanceLine> =
        lines.iter().filter(full).filter(|l| l.present == Some(AttendanceMode::InPerson)).collect();
    let remote: Vec<&AttendanceLine> =
        lines.iter().filter(full).filter(|l| l.present == Some(AttendanceMode::Remote)).collect();
    let represented: Vec<&AttendanceLine> =
        lines.iter().filter(full).filter(|l| l.present.is_none() && l.represented_by.is_some()).collect();
    let absent: Vec<&AttendanceLine> =
        lines.iter().filter(full).filter(|l| l.present.is_none() && l.represented_by.is_none()).collect();
    let affiliates: Vec<&AttendanceLine> = lines.iter().filter(|l| l.organisation.kind == OrgKind::Affiliate).collect();
    page(
        &t(Msg::Desk),
        chrome,
        html! {
            h1 { (t(Msg::Desk)) }
            @match assembly {
                None => p { (t(Msg::NoAssembly)) },
                Some(a) => {
                    h2 { (a.title) }
                    // The search first: finding an organisation is what the desk does most.
                    form.stack.search method="get" action="/desk" role="search" {
                        label { (t(Msg::FindOrganisation)) input type="search" name="q" value=(query) autocomplete="off"; }
                        button type="submit" { (t(Msg::Find)) }
                    }
                    // After a search, the way back to every organisation.
                    @if !query.is_empty() { p #show-all { a href="/desk" { (t(Msg::ShowEveryOrganisation)) } } }
                    @if a.state.accepts_attendance() {
                        form.stack #checkin-by-code method="post" action={ "/desk/" (a.id) "/code" } {
                            input type="hidden" name="csrf" value=(csrf);
                            // A refused code is said here, the code kept to correct.
                            @if let Some((_, error)) = refused_code { div.notice.error #code-error role="alert" { (error) } }
                            label { (t(Msg::CheckinCode)) input type="text" name="code" value=[refused_code.map(|(code, _)| code)] autocomplete="off" autocapitalize="characters" autofocus[refused_code.is_some()] required; }
                            button.primary type="submit" { (t(Msg::CheckInByCode)) }
                        }
                    }
                    @for panel in tellers {
                        section.card id={ "tellers-" (panel.poll_id) } {
                            h3 { (t(Msg::RoomCount)) ": " (panel.title) }
                            // Recorded: said, but not its numbers while the vote is open
                            // (no count per choice before the close, invariant 3).
                            @if panel.recorded.is_some() {
                                p #room-recorded { (t(Msg::TellersRecorded)) }
                            } @else if !a.state.accepts_votes() {
                                p { (t(Msg::RoomCountNotInSession { state: state_label(a.state).into() })) }
                            } @else {
                                @let draft = draft.filter(|d| d.poll_id == panel.poll_id);
                                @if let Some(d) = draft { div.notice.error #tellers-error role="alert" { (d.error) } }
                                @let typed = |f: fn(&crate::service::polls::TellersDraft) -> &String| draft.map_or("0".to_string(), |d| f(d).clone());
                                form.stack method="post" action={ "/desk/polls/" (panel.poll_id) "/tellers" } {
                                    input type="hidden" name="csrf" value=(csrf);
                                    label { (t(Msg::Yes)) input type="number" name="yes" min="0" value=(typed(|d| &d.yes)) required; }
                                    label { (t(Msg::No)) input type="number" name="no" min="0" value=(typed(|d| &d.no)) required; }
                                    label { (t(Msg::Abstain)) input type="number" name="abstain" min="0" value=(typed(|d| &d.abstain)) required; }
                                    @if !panel.candidates.is_empty() {
                                        fieldset {
                                            legend { (t(Msg::RoomCountWho)) }
                                            @for (id, name) in &panel.candidates {
                                                @let ticked = draft.is_some_and(|d| d.ticked.contains(id));
                                                label.choice { input type="checkbox" name="organisation" value=(id) checked[ticked]; span { (name) } }
                                            }
                                        }
                                        // Kept by the script as the desk types and ticks: the two
                                        // numbers must agree (the server checks it too).
                                        p.tally data-tally=(t(Msg::TellersTally { ticked: "{ticked}".into(), counted: "{counted}".into() })) aria-live="polite" hidden {}
                                    }
                                    label.choice.final-check { input type="checkbox" name="final" value="yes" required; span { (t(Msg::RoomCountChecked)) } }
                                    button.primary type="submit" { (t(Msg::RecordRoomCount)) }
                                }
                            }
                        }
                    }
                    @for (title, group) in [
                        (t(Msg::InTheRoom), &in_room), (t(Msg::RemoteAttendance), &remote), (t(Msg::RepresentedSection), &represented),
                        (t(Msg::AbsentMembers), &absent), (t(Msg::AffiliatesAdvisory), &affiliates),
                    ] {
                        @if !group.is_empty() {
                            h3 { (title) " (" (group.len()) ")" }
                            (scroll(&title, html! {
                            table.desk-list {
                                tbody {
                                    @for l in group.iter().take(shown) {
                                        tr id={ "org-" (l.organisation.id) } {
                                            td { (l.organisation.name) }
                                            td { (l.organisation.country) }
                                            // The group's heading says where each is; a
                                            // represented one says by whom.
                                            @if let (None, Some(h)) = (l.present, l.represented_by) {
                                                td { (t(Msg::RepresentedBy { org: name_of(h) })) }
                                            }
                                            td {
                                                @if l.present.is_some() {
                                                    (confirmed_form(&format!("/desk/{}/{}/leave", a.id, l.organisation.id), csrf, &[], &t(Msg::CheckOut), &t(Msg::LeavesWarning { org: l.organisation.name.clone() }), "secondary"))
                                                } @else if a.state.accepts_attendance() {
                                                    (post_form(&format!("/desk/{}/{}/arrive", a.id, l.organisation.id), csrf, &[], &t(Msg::CheckInInPerson), "primary"))
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            }))
                            @if group.len() > shown {
                                p.muted { (t(Msg::MoreToFind { more: (group.len() - shown).into() })) }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// A poll: how many voted while open; the result, its chart and the roll
/// call once closed.
pub fn poll(chrome: &Chrome<'_>, motion: &MotionView, p: &PollView, words: &[String], page_no: usize) -> Markup {
    page(
        &t(Msg::Result),
        chrome,
        html! {
            @let motion_said = motion_words(motion);
            h1 lang=[motion_said.title_lang] { (motion_said.title) }
            (motion_said.body)
            (opinions(motion))
            @match &p.result {
                None => p.cast { (t(Msg::VotesCastSoFar { cast: p.cast.into(), eligible: p.eligible.into() })) },
                Some(r) => {
                    // The record's sentence is English (it is sealed as
                    // written); a page in another language says the
                    // verdict in its own, then the record's words as such.
                    @if crate::i18n::current() == crate::i18n::Lang::En {
                        p.outcome class=(r.outcome.as_str()) { strong #explanation { (r.explanation) } }
                    } @else {
                        @let verdict = if r.outcome == crate::domain::majority::Outcome::Carried { Msg::VerdictCarried } else { Msg::VerdictRejected };
                        p.outcome class=(r.outcome.as_str()) { strong #explanation { (t(verdict)) } }
                        p.muted.record { (t(Msg::InTheRecord)) " " span lang="en" { (r.explanation) } }
                    }
                    // The same decision in words for the room.
                    @if !words.is_empty() { div #in-words { @for w in words { p { (w) } } } }
                    p.ballot-kind {
                        @match p.ballot {
                            BallotType::Secret => (t(Msg::ResultSecret { voted: p.cast.into() })),
                            BallotType::RollCall => (t(Msg::ResultRollCall)),
                            BallotType::Tellers => (t(Msg::ResultTellers)),
                        }
                    }
                    @if let Some(room) = &p.room {
                        table #room-count {
                            thead { tr { th { (t(Msg::CountedWhere)) } th { (t(Msg::Yes)) } th { (t(Msg::No)) } th { (t(Msg::Abstain)) } } }
                            tbody {
                                tr { th { (t(Msg::InTheRoomCounted { orgs: crate::i18n::organisations(crate::i18n::current(), room.organisations.len() as u64) })) } td { (room.yes) } td { (room.no) } td { (room.abstain) } }
                                tr { th { (t(Msg::Online)) } td { (r.yes - room.yes) } td { (r.no - room.no) } td { (r.abstain - room.abstain) } }
                                tr.total { th { (t(Msg::Together)) } td { (r.yes) } td { (r.no) } td { (r.abstain) } }
                            }
                        }
                    }
                    (bars(&t(Msg::Result), &[
                        (t(Msg::Yes), r.yes as u64, "#2e7d32"),
                        (t(Msg::No), r.no as u64, "#c62828"),
                        (t(Msg::Abstain), r.abstain as u64, "#757575"),
                    ]))
                    p.muted.seal { (t(Msg::SealLabel)) " " code { (r.seal) } }
                    @if let Some(lines) = &p.roll_call {
                        // Fifty lines a page: a federation's roll call is ten thousand.
                        @let shown = super::paging::paged(lines, |_| true, page_no);
                        h2 #ballots { (t(Msg::Ballots)) }
                        table {
                            thead { tr { th { (t(Msg::Organisation)) } th { (t(Msg::Choice)) } } }
                            tbody { @for l in &shown.rows { tr { td { (l.organisation) } td { (choice_label(l.choice)) } } } }
                        }
                        (super::paging::pager(&shown, |page| format!("/polls/{}?page={page}#ballots", p.id)))
                    }
                }
            }
            // After the close the chair lands here: the way back.
            @if chrome.caller.is_some_and(|c| c.role == crate::domain::role::Role::Secretariat) {
                p { a.button href="/chair" { (t(Msg::BackToChair)) } }
            } @else {
                p { a.button href="/" { (t(Msg::Back)) } }
            }
        },
    )
}

/// "14:02 UTC" from an API time ("2026-05-16T14:02:11.000000Z").
fn clock_time(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|d| format!("{} UTC", crate::i18n::time(crate::i18n::current(), d.naive_utc().time())))
        .unwrap_or_else(|_| at.to_string())
}

fn choice_label(c: Choice) -> String {
    match c {
        Choice::Yes => t(Msg::Yes),
        Choice::No => t(Msg::No),
        Choice::Abstain => t(Msg::Abstain),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::majority::{MajorityRule, Outcome};
    use crate::service::polls::{ResultView, RollCallLine};

    /// A roll call of 120 on its result page: fifty lines a page, the
    /// pages linked both ways, the last page holding the rest.
    #[test]
    fn a_long_roll_call_comes_in_pages() {
        let motion = MotionView {
            id: crate::domain::ids::MotionId(1),
            assembly_id: crate::domain::ids::AssemblyId(1),
            title: "Budget".into(),
            text: String::new(),
            kind: "ordinary".into(),
            state: MotionState::Carried,
            majority: MajorityRule::SIMPLE,
            quorum: None,
            proposer_id: None,
            amends: None,
            seconders: vec![],
            amendments: vec![],
            opinions: vec![],
            decision_reason: None,
            open_poll: None,
            last_poll: Some(7),
            language: "en".into(),
            translations: vec![],
        };
        let lines = (0..120)
            .map(|i| RollCallLine { organisation_id: i, organisation: format!("Member {i:03}"), choice: Choice::Yes })
            .collect();
        let poll = PollView {
            id: 7,
            motion_id: crate::domain::ids::MotionId(1),
            ballot: BallotType::RollCall,
            state: PollState::Closed,
            eligible: 120,
            cast: 120,
            opened_at: "2026-05-16T09:00:00.000000Z".into(),
            closed_at: Some("2026-05-16T09:10:00.000000Z".into()),
            result: Some(ResultView {
                yes: 120,
                no: 0,
                abstain: 0,
                outcome: Outcome::Carried,
                quorate: true,
                explanation: "Carried.".into(),
                seal: "ab".into(),
                signature: "cd".into(),
            }),
            roll_call: Some(lines),
            room: None,
        };
        let chrome = Chrome::visitor();
        let first = poll_page(&chrome, &motion, &poll, 1);
        assert_eq!(first.matches("<tr><td>Member").count(), 50, "{first}");
        assert!(first.contains("href=\"/polls/7?page=2#ballots\"") && !first.contains("rel=\"prev\""));
        let last = poll_page(&chrome, &motion, &poll, 3);
        assert_eq!(last.matches("<tr><td>Member").count(), 20);
        assert!(last.contains("Member 119") && !last.contains("Member 099"));
        assert!(last.contains("href=\"/polls/7?page=2#ballots\"") && !last.contains("rel=\"next\""));
    }

    fn poll_page(chrome: &Chrome<'_>, motion: &MotionView, p: &PollView, page_no: usize) -> String {
        super::poll(chrome, motion, p, &[], page_no).into_string()
    }
}
