//! The kinds of ballot, each defined once: what a cast stores, how many
//! have voted, whether one organisation has, who has not yet, the room's
//! part and the ballots a close counts. Polls, election rounds, the live
//! views, the proxies and the seals all ask here, so that a number shown
//! anywhere is the number sealed.
//!
//! | kind       | who voted                  | what was voted                    |
//! |------------|----------------------------|-----------------------------------|
//! | roll call  | `ballots` (with the choice) | `ballots`                        |
//! | secret     | `participations`           | `secret_ballots`, apart           |
//! | tellers    | `ballots` + `teller_organisations` | `ballots` + `teller_counts` |
//! | round      | `election_participations`  | `election_ballots`, apart         |

use crate::domain::poll::{BallotType, Choice, Tally};
use crate::error::{AppError, AppResult};
use crate::store::rows::Poll;
use crate::store::schema::{
    ballots, election_ballots, election_participations, organisations as orgs, participations, poll_eligibility,
    secret_ballots, teller_counts, teller_organisations,
};
use crate::store::DbConn;
use diesel::prelude::*;

/// A kind of ballot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A public poll: each organisation's choice is published at the close.
    RollCall,
    /// A secret poll: who voted is kept apart from what was voted.
    Secret,
    /// A public poll counted partly in the room by tellers.
    Tellers,
    /// An election round: secret approval ballots.
    Round,
}

impl Kind {
    pub(crate) fn of(ballot: BallotType) -> Kind {
        match ballot {
            BallotType::RollCall => Kind::RollCall,
            BallotType::Secret => Kind::Secret,
            BallotType::Tellers => Kind::Tellers,
        }
    }

    /// Whether who voted is stored apart from what was voted (and so never
    /// named while it is open, and counted from who voted, never from the
    /// ballots).
    pub(crate) fn is_secret(self) -> bool {
        matches!(self, Kind::Secret | Kind::Round)
    }
}

/// Where the ballots of one poll or one election round go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Urn {
    pub kind: Kind,
    /// The poll's or the round's id.
    pub id: i64,
}

/// The room's part of a tellers poll: the counts once recorded, and the
/// organisations counted in the room (by id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RoomPart {
    /// Yes, no, abstain, as the tellers recorded them.
    pub counts: Option<(i32, i32, i32)>,
    pub organisations: Vec<i64>,
}

/// The ballots a close counts and seals, read once in the seal's order.
pub(crate) enum Counted {
    /// A public poll's online ballots: (organisation, choice, receipt
    /// hash), by organisation.
    Named(Vec<(i64, Choice, String)>),
    /// A secret poll's ballots: (receipt hash, choice), by receipt hash.
    Secret(Vec<(String, Choice)>),
    /// An election round's ballots: (receipt hash, candidates approved),
    /// by receipt hash.
    Round(Vec<(String, Vec<i64>)>),
}

impl Counted {
    /// The tally of a poll's ballots, and how many there are; a round's
    /// ballots are counted by [`crate::domain::election::count`].
    pub(crate) fn tally(&self) -> AppResult<(Tally, u64)> {
        let choices: Vec<Choice> = match self {
            Counted::Named(rows) => Ok(rows.iter().map(|(_, c, _)| *c).collect()),
            Counted::Secret(rows) => Ok(rows.iter().map(|(_, c)| *c).collect()),
            Counted::Round(_) => Err(AppError::internal("a round's ballots have no yes, no and abstain")),
        }?;
        Ok((Tally::count(choices.iter().copied()), choices.len() as u64))
    }
}

impl Urn {
    /// A poll's urn, of the poll's ballot type.
    pub(crate) fn poll(p: &Poll) -> Urn {
        Urn { kind: Kind::of(p.ballot_type), id: p.id.0 }
    }

    /// An election round's urn.
    pub(crate) fn round(id: i64) -> Urn {
        Urn { kind: Kind::Round, id }
    }

    /// The ledger's subject for this urn: `poll:{id}` or `round:{id}`.
    pub(crate) fn subject(&self) -> String {
        match self.kind {
            Kind::Round => format!("round:{}", self.id),
            _ => format!("poll:{}", self.id),
        }
    }

    /// Organisations whose vote is in, online or counted in the room. For
    /// a secret kind, from who voted, never from the ballots. Every count
    /// shown anywhere (the API, the pages, the projector, the live stream)
    /// and the participations a close seals are this one.
    pub(crate) fn cast_count(&self, conn: &mut DbConn) -> AppResult<i64> {
        let id = self.id;
        Ok(match self.kind {
            Kind::Secret => participations::table.filter(participations::poll_id.eq(id)).count().get_result(conn)?,
            Kind::RollCall => ballots::table.filter(ballots::poll_id.eq(id)).count().get_result(conn)?,
            Kind::Tellers => {
                let online: i64 = ballots::table.filter(ballots::poll_id.eq(id)).count().get_result(conn)?;
                let room: i64 = teller_organisations::table
                    .filter(teller_organisations::poll_id.eq(id))
                    .count()
                    .get_result(conn)?;
                online + room
            }
            Kind::Round => election_participations::table
                .filter(election_participations::round_id.eq(id))
                .count()
                .get_result(conn)?,
        })
    }

    /// How many voted, as a close counts it from what it already read: a
    /// public poll's named ballots and the room's organisations; a secret
    /// kind's participations, read apart from its ballots (so that the
    /// close's check, ballots = participations, compares two records).
    /// Always equal to [`Urn::cast_count`].
    pub(crate) fn participations(
        &self,
        conn: &mut DbConn,
        counted: &Counted,
        room: Option<&RoomPart>,
    ) -> AppResult<u64> {
        let n = match (self.kind, counted) {
            (Kind::RollCall | Kind::Tellers, Counted::Named(rows)) => {
                rows.len() + room.map_or(0, |r| r.organisations.len())
            }
            _ => return u64::try_from(self.cast_count(conn)?).map_err(AppError::internal),
        };
        Ok(n as u64)
    }

    /// Whether an organisation's vote is in (online or counted in the room).
    pub(crate) fn has_voted(&self, conn: &mut DbConn, org: i64) -> AppResult<bool> {
        let id = self.id;
        let n: i64 = match self.kind {
            Kind::Secret => participations::table
                .filter(participations::poll_id.eq(id))
                .filter(participations::organisation_id.eq(org))
                .count()
                .get_result(conn)?,
            Kind::RollCall | Kind::Tellers => {
                let online: i64 = ballots::table
                    .filter(ballots::poll_id.eq(id))
                    .filter(ballots::organisation_id.eq(org))
                    .count()
                    .get_result(conn)?;
                let room: i64 = if self.kind == Kind::Tellers {
                    teller_organisations::table
                        .filter(teller_organisations::poll_id.eq(id))
                        .filter(teller_organisations::organisation_id.eq(org))
                        .count()
                        .get_result(conn)?
                } else {
                    0
                };
                online + room
            }
            Kind::Round => election_participations::table
                .filter(election_participations::round_id.eq(id))
                .filter(election_participations::organisation_id.eq(org))
                .count()
                .get_result(conn)?,
        };
        Ok(n > 0)
    }

    /// Whether the tellers counted an organisation in the room (only a
    /// tellers poll has a room's part).
    pub(crate) fn counted_in_room(&self, conn: &mut DbConn, org: i64) -> AppResult<bool> {
        if self.kind != Kind::Tellers {
            return Ok(false);
        }
        let n: i64 = teller_organisations::table
            .filter(teller_organisations::poll_id.eq(self.id))
            .filter(teller_organisations::organisation_id.eq(org))
            .count()
            .get_result(conn)?;
        Ok(n > 0)
    }

    /// Who voted, by id, for a secret kind (sealed apart from the
    /// ballots); empty for a public one, whose ballots name their
    /// organisations.
    pub(crate) fn participants(&self, conn: &mut DbConn) -> AppResult<Vec<i64>> {
        let id = self.id;
        Ok(match self.kind {
            Kind::Secret => participations::table
                .filter(participations::poll_id.eq(id))
                .order(participations::organisation_id.asc())
                .select(participations::organisation_id)
                .load(conn)?,
            Kind::Round => election_participations::table
                .filter(election_participations::round_id.eq(id))
                .order(election_participations::organisation_id.asc())
                .select(election_participations::organisation_id)
                .load(conn)?,
            Kind::RollCall | Kind::Tellers => vec![],
        })
    }

    /// The eligible organisations of a public poll whose vote is not in
    /// yet, by name, for the chair; `None` for a secret kind, whose voters
    /// are counted, never named while it is open.
    pub(crate) fn waiting_for(&self, conn: &mut DbConn) -> AppResult<Option<Vec<String>>> {
        if self.kind.is_secret() {
            return Ok(None);
        }
        let id = self.id;
        let online = ballots::table.filter(ballots::poll_id.eq(id)).select(ballots::organisation_id);
        let room = teller_organisations::table
            .filter(teller_organisations::poll_id.eq(id))
            .select(teller_organisations::organisation_id);
        let names = poll_eligibility::table
            .inner_join(orgs::table)
            .filter(poll_eligibility::poll_id.eq(id))
            .filter(diesel::dsl::not(poll_eligibility::organisation_id.eq_any(online)))
            .filter(diesel::dsl::not(poll_eligibility::organisation_id.eq_any(room)))
            .order(orgs::name.asc())
            .select(orgs::name)
            .load(conn)?;
        Ok(Some(names))
    }

    /// The room's part of a tellers poll; `None` for every other kind.
    pub(crate) fn room(&self, conn: &mut DbConn) -> AppResult<Option<RoomPart>> {
        if self.kind != Kind::Tellers {
            return Ok(None);
        }
        let counts = teller_counts::table
            .find(self.id)
            .select((teller_counts::yes, teller_counts::no, teller_counts::abstain))
            .first(conn)
            .optional()?;
        let organisations = teller_organisations::table
            .filter(teller_organisations::poll_id.eq(self.id))
            .order(teller_organisations::organisation_id.asc())
            .select(teller_organisations::organisation_id)
            .load(conn)?;
        Ok(Some(RoomPart { counts, organisations }))
    }

    /// The ballots a close counts and seals, in the seal's order.
    pub(crate) fn counted(&self, conn: &mut DbConn) -> AppResult<Counted> {
        let id = self.id;
        Ok(match self.kind {
            Kind::Secret => Counted::Secret(
                secret_ballots::table
                    .filter(secret_ballots::poll_id.eq(id))
                    .order(secret_ballots::receipt_hash.asc())
                    .select((secret_ballots::receipt_hash, secret_ballots::choice))
                    .load(conn)?,
            ),
            Kind::RollCall | Kind::Tellers => Counted::Named(
                ballots::table
                    .filter(ballots::poll_id.eq(id))
                    .order(ballots::organisation_id.asc())
                    .select((ballots::organisation_id, ballots::choice, ballots::receipt_hash))
                    .load(conn)?,
            ),
            Kind::Round => {
                let rows: Vec<(String, String)> = election_ballots::table
                    .filter(election_ballots::round_id.eq(id))
                    .order(election_ballots::receipt_hash.asc())
                    .select((election_ballots::receipt_hash, election_ballots::choices))
                    .load(conn)?;
                let mut ballots = Vec::with_capacity(rows.len());
                for (receipt_hash, choices) in rows {
                    ballots.push((receipt_hash, serde_json::from_str(&choices).map_err(AppError::internal)?));
                }
                Counted::Round(ballots)
            }
        })
    }
}

/// Whether an organisation's vote is in, in any of these polls (any kind:
/// an online ballot, a secret poll's participation, the room's count) or
/// these election rounds: who voted, never what.
pub(crate) fn voted_in_any(conn: &mut DbConn, polls: &[i64], rounds: &[i64], org: i64) -> AppResult<bool> {
    if !polls.is_empty() {
        let online: i64 = ballots::table
            .filter(ballots::poll_id.eq_any(polls))
            .filter(ballots::organisation_id.eq(org))
            .count()
            .get_result(conn)?;
        let secret: i64 = participations::table
            .filter(participations::poll_id.eq_any(polls))
            .filter(participations::organisation_id.eq(org))
            .count()
            .get_result(conn)?;
        let room: i64 = teller_organisations::table
            .filter(teller_organisations::poll_id.eq_any(polls))
            .filter(teller_organisations::organisation_id.eq(org))
            .count()
            .get_result(conn)?;
        if online + secret + room > 0 {
            return Ok(true);
        }
    }
    if rounds.is_empty() {
        return Ok(false);
    }
    let voted: i64 = election_participations::table
        .filter(election_participations::round_id.eq_any(rounds))
        .filter(election_participations::organisation_id.eq(org))
        .count()
        .get_result(conn)?;
    Ok(voted > 0)
}
