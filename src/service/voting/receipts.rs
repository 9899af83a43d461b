//! Receipts: the code a voter gets back, and the check anyone can run with
//! it after the close (whether the ballot is among the sealed ones; never
//! a secret choice).

use crate::domain::poll::PollState;
use crate::error::{AppError, AppResult};
use crate::service::Services;
use crate::store::schema::{ballots, election_ballots, election_rounds, elections, motions, polls, secret_ballots};
use crate::store::DbConn;
use diesel::prelude::*;
use rand::Rng;
use serde::Serialize;

/// A poll or round found by a receipt: id, state, sealed document, digest.
type SealedRef = (i64, PollState, Option<String>, Option<String>);

/// What a receipt was cast in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReceiptKind {
    Poll,
    ElectionRound,
}

/// A receipt check.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReceiptCheck {
    /// The poll's or the election round's id.
    pub poll_id: i64,
    pub kind: ReceiptKind,
    /// The vote it is a receipt of, as its ballot named it: the motion's
    /// title, or the election's and the round's.
    pub title: String,
    /// True once closed, when the ballot is among the sealed ones.
    pub included: bool,
    pub poll_state: PollState,
    /// The seal's digest, to find it in the evidence bundle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seal: Option<String>,
    /// A roll call's choice (public after the close); never a secret one's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choice: Option<String>,
}

/// A receipt code: 12 characters from an alphabet without look-alikes,
/// grouped by four (about 60 bits).
pub(crate) fn receipt_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    let chars: Vec<char> = (0..12).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// Normalises a receipt code as typed by a person.
pub(crate) fn normalise_receipt(code: &str) -> String {
    let clean: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    let chars: Vec<char> = clean.chars().collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}
impl Services {
    /// Whether a receipt's ballot is counted: after the close, whether its
    /// hash is among the sealed ballots, with the seal to check it against.
    /// Before the close nothing is said (`included: false`), so a receipt
    /// cannot watch a live count. For a secret poll or an election round it
    /// proves inclusion only, never the choice; a roll call's choice is
    /// public after the close, so it is shown.
    pub fn check_receipt(&self, code: &str) -> AppResult<ReceiptCheck> {
        let hash = crate::service::auth::secret_hash(&normalise_receipt(code));
        self.read(|conn| {
            let in_poll = |conn: &mut DbConn, from_secret: bool| -> QueryResult<Option<SealedRef>> {
                let columns = (polls::id, polls::state, polls::seal_document, polls::seal_digest);
                if from_secret {
                    secret_ballots::table
                        .inner_join(polls::table)
                        .filter(secret_ballots::receipt_hash.eq(&hash))
                        .select(columns)
                        .first(conn)
                        .optional()
                } else {
                    ballots::table
                        .inner_join(polls::table)
                        .filter(ballots::receipt_hash.eq(&hash))
                        .select(columns)
                        .first(conn)
                        .optional()
                }
            };
            let (kind, found) = match in_poll(conn, false)? {
                Some(f) => (ReceiptKind::Poll, Some(f)),
                None => match in_poll(conn, true)? {
                    Some(f) => (ReceiptKind::Poll, Some(f)),
                    None => (
                        ReceiptKind::ElectionRound,
                        election_ballots::table
                            .inner_join(election_rounds::table)
                            .filter(election_ballots::receipt_hash.eq(&hash))
                            .select((
                                election_rounds::id,
                                election_rounds::state,
                                election_rounds::seal_document,
                                election_rounds::seal_digest,
                            ))
                            .first(conn)
                            .optional()?,
                    ),
                },
            };
            let (poll_id, poll_state, document, digest) =
                found.ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingReceipt))?;
            let document: Option<serde_json::Value> =
                document.map(|d| serde_json::from_str(&d)).transpose().map_err(AppError::internal)?;
            // A roll call's ballot names its organisation and choice; a
            // secret poll's or a round's receipt is only listed, apart from
            // the choices (seals from before issue 14 list it in `ballots`).
            let sealed_ballot = document.as_ref().and_then(|d| {
                d["ballots"].as_array()?.iter().find(|b| b["receipt_hash"].as_str() == Some(hash.as_str())).cloned()
            });
            let listed = document.as_ref().is_some_and(|d| {
                d["receipts"].as_array().is_some_and(|r| r.iter().any(|h| h.as_str() == Some(hash.as_str())))
            });
            let title = match kind {
                ReceiptKind::Poll => polls::table
                    .inner_join(motions::table)
                    .filter(polls::id.eq(poll_id))
                    .select(motions::title)
                    .first::<String>(conn)?,
                ReceiptKind::ElectionRound => {
                    let (title, round): (String, i32) = election_rounds::table
                        .inner_join(elections::table)
                        .filter(election_rounds::id.eq(poll_id))
                        .select((elections::title, election_rounds::round))
                        .first(conn)?;
                    format!("{title} — {}", crate::i18n::Msg::Round { round: round.to_string() }.here())
                }
            };
            Ok(ReceiptCheck {
                poll_id,
                kind,
                title,
                included: poll_state == PollState::Closed && (listed || sealed_ballot.is_some()),
                poll_state,
                seal: if poll_state == PollState::Closed { digest } else { None },
                choice: sealed_ballot
                    .as_ref()
                    .and_then(|b| b.get("organisation").and(b["choice"].as_str().map(String::from))),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipt_codes_are_grouped_and_normalise() {
        let code = receipt_code();
        assert_eq!(code.len(), 14, "{code}");
        assert_eq!(normalise_receipt(&code.to_lowercase().replace('-', " ")), code);
        assert_ne!(receipt_code(), receipt_code());
    }
}
