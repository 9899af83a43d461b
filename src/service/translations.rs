//! Translations of motions: a motion's own text, in the language it was
//! given in, is the authoritative one; the secretariat adds translations,
//! marked as such (language, by whom, when, the SHA-256 of their text),
//! until the motion is put to the vote. The ledger keeps each version's
//! digest; the poll's seal and the minutes list them.

use super::motions::{checked_words, load_motion, motion_view, MotionView};
use super::{record, Caller, Services};
use crate::audit::event::{Event, MotionTranslated};
use crate::domain::assembly::AssemblyState;
use crate::domain::ids::MotionId;
use crate::domain::motion::MotionState;
use crate::domain::role::Role;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::i18n::{Lang, Msg};
pub use crate::input::TranslationInput;
use crate::store::schema::motion_translations;
use diesel::prelude::*;

impl Services {
    /// Adds or replaces the translation of a motion into a language
    /// (secretariat), before the motion is put to the vote.
    pub fn translate_motion(
        &self,
        caller: &Caller,
        motion_id: MotionId,
        input: TranslationInput,
    ) -> AppResult<MotionView> {
        caller.require(&[Role::Secretariat])?;
        let lang = Lang::from_tag(&input.language)
            .filter(|l| *l != Lang::Pseudo)
            .ok_or_else(|| AppError::unknown_language(&input.language, Lang::ALL))?;
        let title = checked_words(&self.settings, &input.title, &input.text)?;
        let sha256 = super::auth::secret_hash(&input.text);
        self.write(|conn, now| {
            let m = load_motion(conn, motion_id)?;
            if Lang::from_tag(&m.language) == Some(lang) {
                return Err(AppError::bad_request(
                    ErrorCode::NotATranslation,
                    Msg::TranslationOfItself { language: crate::i18n::language_named(lang.tag()) },
                ));
            }
            // A motion with a text is translated whole: a title alone
            // would show delegates a translation with nothing to read.
            if input.text.trim().is_empty() && !m.body.trim().is_empty() {
                return Err(AppError::unprocessable(
                    ErrorCode::InvalidText,
                    Msg::TextEmpty { field: Box::new(Msg::FieldText) },
                ));
            }
            let assembly = super::assemblies::load(conn, m.assembly_id)?.state;
            if matches!(assembly, AssemblyState::Closed | AssemblyState::MinutesApproved) {
                let state = crate::i18n::state_label(assembly).into();
                return Err(AppError::conflict(ErrorCode::AssemblyClosed, Msg::AssemblyClosedForChanges { state }));
            }
            if m.state == MotionState::Voting || m.state.is_final() {
                return Err(AppError::conflict(
                    ErrorCode::TranslationsClosed,
                    Msg::TranslationsClosed { state: crate::i18n::motion_state_label(m.state).into() },
                ));
            }
            let tag = lang.tag();
            let replaces: Option<String> = motion_translations::table
                .find((motion_id, tag))
                .select(motion_translations::sha256)
                .first(conn)
                .optional()?;
            let values = (
                motion_translations::title.eq(&title),
                motion_translations::body.eq(&input.text),
                motion_translations::sha256.eq(&sha256),
                motion_translations::account_id.eq(caller.account_id),
                motion_translations::at.eq(now),
            );
            if replaces.is_some() {
                diesel::update(motion_translations::table.find((motion_id, tag))).set(values).execute(conn)?;
            } else {
                diesel::insert_into(motion_translations::table)
                    .values((
                        motion_translations::motion_id.eq(motion_id),
                        motion_translations::language.eq(tag),
                        values,
                    ))
                    .execute(conn)?;
            }
            record(
                conn,
                now,
                &caller.actor(),
                format!("motion:{motion_id}"),
                Event::MotionTranslated(MotionTranslated {
                    language: tag.to_string(),
                    title: title.clone(),
                    sha256: sha256.clone(),
                    characters: input.text.chars().count() as u64,
                    replaces,
                }),
            )?;
            motion_view(conn, &m)
        })
    }
}
