//! What a page says after the action that led to it. A form's action
//! redirects (post, redirect, get) with `?done=<what>`, and `&org=<id>`
//! where one organisation is concerned; the page it lands on says what was
//! done, in a success notice at the top. Nothing is stored: the address
//! holds it, and a flag the page does not know is ignored.

use crate::i18n::Msg;

macro_rules! done {
    ($( $variant:ident => $key:literal, )+) => {
        /// An action a page confirms.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Done { $( $variant, )+ }

        impl Done {
            /// Every action, for the tests.
            pub const ALL: &'static [Done] = &[$( Done::$variant, )+];

            pub fn as_str(self) -> &'static str {
                match self { $( Done::$variant => $key, )+ }
            }

            pub fn parse(key: &str) -> Option<Done> {
                match key { $( $key => Some(Done::$variant), )+ _ => None }
            }
        }
    };
}

done! {
    CheckedIn => "checked_in",
    ProxyGiven => "proxy_given",
    ProxyRevoked => "proxy_revoked",
    AskedToSpeak => "asked_to_speak",
    Withdrawn => "withdrawn",
    FloorGiven => "floor_given",
    FloorEnded => "floor_ended",
    StateChanged => "state_changed",
    PollOpened => "poll_opened",
    RoundOpened => "round_opened",
    RoundClosed => "round_closed",
    Arrived => "arrived",
    Left => "left",
    RoomCounted => "room_counted",
    OrganisationAdded => "organisation_added",
    OrganisationChanged => "organisation_changed",
    AccountChanged => "account_changed",
    NarrativeSaved => "narrative_saved",
    IncidentRecorded => "incident_recorded",
    MinutesApproved => "minutes_approved",
    DisplayRevoked => "display_revoked",
    AccountCreated => "account_created",
    ItemTakenUp => "item_taken_up",
    PasswordSet => "password_set",
    TranslationSaved => "translation_saved",
    ConvocationQueued => "convocation_queued",
    NoticeResent => "notice_resent",
    InvitationSent => "invitation_sent",
}

impl Done {
    /// The page `to`, with this flag and, where one is concerned, the
    /// organisation.
    pub fn url(self, to: &str, org: Option<i64>) -> String {
        let sep = if to.contains('?') { '&' } else { '?' };
        match org {
            Some(org) => format!("{to}{sep}done={}&org={org}", self.as_str()),
            None => format!("{to}{sep}done={}", self.as_str()),
        }
    }

    /// The sentence: `org` is the organisation's name where one is
    /// concerned, `state` the assembly's state in words after a change.
    pub fn msg(self, org: Option<String>, state: Option<Msg>) -> Msg {
        let org = org.unwrap_or_default();
        match self {
            Done::CheckedIn => Msg::DoneCheckedIn,
            Done::ProxyGiven => Msg::DoneProxyGiven,
            Done::ProxyRevoked => Msg::DoneProxyRevoked,
            Done::AskedToSpeak => Msg::DoneAskedToSpeak,
            Done::Withdrawn => Msg::DoneWithdrawn,
            Done::FloorGiven => Msg::DoneFloorGiven,
            Done::FloorEnded => Msg::DoneFloorEnded,
            Done::StateChanged => Msg::DoneStateChanged { state: Box::new(state.unwrap_or(Msg::StateDraft)) },
            Done::PollOpened => Msg::DonePollOpened,
            Done::RoundOpened => Msg::DoneRoundOpened,
            Done::RoundClosed => Msg::DoneRoundClosed,
            Done::Arrived => Msg::DoneArrived { org },
            Done::Left => Msg::DoneLeft { org },
            Done::RoomCounted => Msg::DoneRoomCounted,
            Done::OrganisationAdded => Msg::DoneOrganisationAdded { org },
            Done::OrganisationChanged => Msg::DoneOrganisationChanged { org },
            Done::AccountChanged => Msg::DoneAccountChanged,
            Done::NarrativeSaved => Msg::DoneNarrativeSaved,
            Done::IncidentRecorded => Msg::DoneIncidentRecorded,
            Done::MinutesApproved => Msg::DoneMinutesApproved,
            Done::DisplayRevoked => Msg::DoneDisplayRevoked,
            Done::AccountCreated => Msg::DoneAccountCreated,
            Done::ItemTakenUp => Msg::DoneItemTakenUp,
            Done::PasswordSet => Msg::DonePasswordSet,
            Done::TranslationSaved => Msg::DoneTranslationSaved,
            Done::ConvocationQueued => Msg::DoneConvocationQueued,
            Done::NoticeResent => Msg::DoneNoticeResent,
            Done::InvitationSent => Msg::DoneInvitationSent,
        }
    }
}

/// The flags of a page's address.
#[derive(Debug, Default, serde::Deserialize)]
pub struct DoneQuery {
    pub done: Option<String>,
    pub org: Option<i64>,
}

impl DoneQuery {
    pub fn done(&self) -> Option<Done> {
        self.done.as_deref().and_then(Done::parse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flag_reads_back_and_has_its_sentence() {
        for d in Done::ALL {
            assert_eq!(Done::parse(d.as_str()), Some(*d));
            let text = d.msg(Some("Alpha Network".into()), Some(Msg::StateInSession)).text(crate::i18n::Lang::En);
            assert!(text.ends_with('.') && !text.contains("{}"), "{text}");
        }
        assert_eq!(Done::parse("<script>"), None);
        assert_eq!(Done::Arrived.url("/desk", Some(3)), "/desk?done=arrived&org=3");
        assert_eq!(Done::Left.url("/desk?q=fr", None), "/desk?q=fr&done=left");
    }
}
