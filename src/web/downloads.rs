//! Files to download: the web layer asks the services for what the record
//! holds and chooses the renderer (`export::minutes`).

use crate::domain::ids::AssemblyId;
use crate::error::AppResult;
use crate::export::minutes::download::{self, Attendance, Format};
use crate::service::minutes::Download;
use crate::service::{Caller, Services};

/// The minutes of an assembly, or one of its record's tables, as a file.
pub(crate) fn minutes_file(s: &Services, caller: &Caller, assembly_id: i64, format: Format) -> AppResult<Download> {
    let minutes = s.minutes(caller, AssemblyId(assembly_id))?;
    if format != Format::AttendanceCsv {
        return download::file(&minutes, assembly_id, format, None);
    }
    let stays = s.stays(AssemblyId(assembly_id))?;
    let organisations = s.list_organisations(caller)?;
    download::file(&minutes, assembly_id, format, Some(Attendance { stays: &stays, organisations: &organisations }))
}
