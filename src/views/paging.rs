//! Long lists on a page: a search and pages of a fixed size, so that a
//! federation of ten thousand organisations gets pages of fifty, not one
//! page of ten thousand.

use super::t;
use crate::i18n::Msg;
use maud::{html, Markup};

/// How many rows a page shows.
pub const PER_PAGE: usize = 50;

/// One page of a filtered list.
#[derive(Debug)]
pub struct Paged<'a, T> {
    pub rows: Vec<&'a T>,
    /// Rows matching the search, on every page.
    pub matching: usize,
    /// This page, from 1.
    pub page: usize,
    pub pages: usize,
}

/// The `page` (from 1; out of range is the nearest) of the rows that
/// `keep`.
pub fn paged<'a, T>(all: &'a [T], keep: impl Fn(&T) -> bool, page: usize) -> Paged<'a, T> {
    let matching: Vec<&T> = all.iter().filter(|r| keep(r)).collect();
    let pages = matching.len().div_ceil(PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    let total = matching.len();
    let rows = matching.into_iter().skip((page - 1) * PER_PAGE).take(PER_PAGE).collect();
    Paged { rows, matching: total, page, pages }
}

/// Links to the previous and next pages of a list; `link` makes a page's
/// address (keeping the search and where the list is on the page).
pub fn pager<T>(p: &Paged<'_, T>, link: impl Fn(usize) -> String) -> Markup {
    html! {
        @if p.pages > 1 {
            nav.pager aria-label=(t(Msg::Pages)) {
                @if p.page > 1 { a href=(link(p.page - 1)) rel="prev" { (t(Msg::PreviousPage)) } " " }
                span { (t(Msg::PageOf { page: p.page.into(), pages: p.pages.into() })) }
                @if p.page < p.pages { " " a href=(link(p.page + 1)) rel="next" { (t(Msg::NextPage)) } }
            }
        }
    }
}

/// A search text as part of an address.
pub fn encoded(query: &str) -> String {
    url::form_urlencoded::byte_serialize(query.as_bytes()).collect()
}

/// Whether a name or a country matches what was typed: part of the name,
/// any case, with or without its accents, or the country code itself.
pub fn matches(query: &str, name: &str, country: &str) -> bool {
    let q = query.trim();
    q.is_empty() || contains(name, q) || country.eq_ignore_ascii_case(q)
}

/// Whether `text` holds what was typed, any case, accents or none
/// ([`crate::domain::text::search_key`]).
pub fn contains(text: &str, typed: &str) -> bool {
    use crate::domain::text::search_key;
    search_key(text).contains(&search_key(typed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_of_fifty() {
        let all: Vec<usize> = (0..120).collect();
        let p = paged(&all, |_| true, 1);
        assert_eq!((p.rows.len(), p.matching, p.page, p.pages), (50, 120, 1, 3));
        let p = paged(&all, |_| true, 3);
        assert_eq!((p.rows.first().copied(), p.rows.len()), (Some(&100), 20));
        assert_eq!(paged(&all, |_| true, 9).page, 3, "past the end: the last page");
        assert_eq!(paged(&all, |_| true, 0).page, 1);
        let none = paged(&all, |_| false, 2);
        assert_eq!((none.rows.len(), none.matching, none.page, none.pages), (0, 0, 1, 1));
        let p = paged(&all, |n| n % 10 == 0, 1);
        assert_eq!((p.matching, p.pages), (12, 1));
    }

    #[test]
    fn a_search_matches_part_of_a_name_or_the_country() {
        assert!(matches("", "Alpha Network", "BE"));
        assert!(matches("netw", "Alpha Network", "BE"));
        assert!(matches("be", "Alpha Network", "BE"));
        assert!(!matches("b", "Alpha Network", "BE"), "a country is matched whole");
        assert!(matches("ČESKÁ", "Česká rada", "CZ"));
        // A desk types without accents (an outside review found nothing
        // for "Ceska" or "Osterreich").
        for (typed, name) in [
            ("ceska", "Česká rada"),
            ("Osterreich", "Österreichisches Netzwerk"),
            ("lodz", "Łódź Forum"),
            ("kobenhavn", "Københavns Frivilligcenter"),
            ("strasse", "Bürger Straße"),
            ("buerger", "Buerger Forum"),
            ("réseau", "Reseau Bruxellois"),
        ] {
            assert!(matches(typed, name, "XX"), "{typed} / {name}");
        }
        assert!(!matches("forum", "Česká rada", "CZ"));
    }
}
