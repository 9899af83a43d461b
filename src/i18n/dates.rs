//! Dates and times in each language's own way (CLDR data through ICU4X):
//! "1 December 2026", "1. Dezember 2026", "1 grudnia 2026, 10:00".

use super::Lang;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{T, YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_locale_core::Locale;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The CLDR locale whose conventions a language's dates follow. English
/// is European English: day before month, a 24-hour clock.
fn locale(lang: Lang) -> Locale {
    let tag = match lang {
        Lang::En | Lang::Pseudo => "en-150",
        other => other.tag(),
    };
    Locale::try_from_str(tag).unwrap_or(icu_locale_core::locale!("en"))
}

struct Formatters {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    time: FixedCalendarDateTimeFormatter<Gregorian, T>,
}

static FORMATTERS: LazyLock<HashMap<Lang, Formatters>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .chain([&Lang::Pseudo])
        .filter_map(|lang| {
            let prefs = locale(*lang).into();
            let date = FixedCalendarDateTimeFormatter::try_new(prefs, YMD::long()).ok()?;
            let date_time =
                FixedCalendarDateTimeFormatter::try_new(prefs, YMDT::long().with_time_precision(TimePrecision::Minute))
                    .ok()?;
            let time =
                FixedCalendarDateTimeFormatter::try_new(prefs, T::medium().with_time_precision(TimePrecision::Minute))
                    .ok()?;
            Some((*lang, Formatters { date, date_time, time }))
        })
        .collect()
});

fn icu_date(d: NaiveDate) -> Option<Date<Gregorian>> {
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    Date::try_new_gregorian(d.year(), month, day).ok()
}

fn icu_time(t: NaiveTime) -> Option<Time> {
    Time::try_new(u8::try_from(t.hour()).ok()?, u8::try_from(t.minute()).ok()?, 0, 0).ok()
}

/// A day: "1 December 2026", "1 décembre 2026".
pub fn date(lang: Lang, d: NaiveDate) -> String {
    let formatted = FORMATTERS.get(&lang).zip(icu_date(d)).map(|(f, date)| f.date.format(&date).to_string());
    formatted.unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
}

/// A day and a time to the minute: "1 December 2026, 10:00".
pub fn date_time(lang: Lang, at: NaiveDateTime) -> String {
    let input = icu_date(at.date()).zip(icu_time(at.time())).map(|(date, time)| DateTime { date, time });
    let formatted = FORMATTERS.get(&lang).zip(input).map(|(f, dt)| f.date_time.format(&dt).to_string());
    formatted.unwrap_or_else(|| at.format("%Y-%m-%d %H:%M").to_string())
}

/// A time to the minute: "10:00".
pub fn time(lang: Lang, t: NaiveTime) -> String {
    let formatted = FORMATTERS.get(&lang).zip(icu_time(t)).map(|(f, time)| f.time.format(&time).to_string());
    formatted.unwrap_or_else(|| t.format("%H:%M").to_string())
}
