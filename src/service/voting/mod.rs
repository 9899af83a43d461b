//! What every ballot shares, in polls and election rounds alike: the kinds
//! of ballot, each defined once ([`kind`]), who may cast one ([`voter`]),
//! receipts and their checks ([`receipts`]), and what the ballot writer
//! reads once and keeps between batches ([`batch`]).

pub(crate) mod batch;
pub(crate) mod kind;
pub mod receipts;
pub mod voter;

pub(crate) use kind::{Counted, Kind, RoomPart, Urn};
pub use receipts::{ReceiptCheck, ReceiptKind};
pub use voter::{BallotReceipt, RoundReceipt, VoteFor};
