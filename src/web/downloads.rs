//! Files to download: the web layer asks the services for what the record
//! holds and chooses the renderer (`export::minutes`).

use crate::domain::ids::AssemblyId;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::export::minutes::download::{self, Attendance, Format};
use crate::i18n::{Lang, Languages, Msg};
use crate::service::minutes::Download;
use crate::service::{Caller, Services};

/// The minutes of an assembly, or one of its record's tables, as a file.
/// `asked` is the language asked for (`?lang=`), which must be one of the
/// assembly's official languages; without it, the reader's language where
/// it is official, else the assembly's first.
pub(crate) fn minutes_file(
    s: &Services,
    caller: &Caller,
    assembly_id: i64,
    format: Format,
    asked: Option<&str>,
) -> AppResult<Download> {
    let minutes = s.minutes(caller, AssemblyId(assembly_id))?;
    let lang = minutes_language(&minutes.languages(), asked)?;
    if format != Format::AttendanceCsv {
        return download::file(&minutes, assembly_id, format, None, lang);
    }
    let stays = s.stays(AssemblyId(assembly_id))?;
    let organisations = s.list_organisations(caller)?;
    let attendance = Attendance { stays: &stays, organisations: &organisations };
    download::file(&minutes, assembly_id, format, Some(attendance), lang)
}

/// The language to write minutes in: the one asked for if it is official
/// (an error naming the official ones if not), else the reader's if it
/// is, else the first official one.
pub(crate) fn minutes_language(official: &Languages, asked: Option<&str>) -> AppResult<Lang> {
    let Some(tag) = asked.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(official.for_reader(crate::i18n::current()));
    };
    match Lang::from_tag(tag) {
        Some(lang) if official.contains(lang) => Ok(lang),
        Some(_) => Err(AppError::bad_request(
            ErrorCode::NotAnOfficialLanguage,
            Msg::NotAnOfficialLanguage { tag: tag.to_string(), official: crate::i18n::languages_named(official) },
        )),
        None => Err(AppError::unknown_language(tag, Lang::ALL)),
    }
}
