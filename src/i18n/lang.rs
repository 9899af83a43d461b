//! The languages plenum speaks, and the language of the request at hand.

/// The languages, one line each: the variant, its BCP 47 tag, its name in
/// itself, and its Fluent file under `src/i18n/locales/`. Adding a
/// language is one file there and one line here.
macro_rules! languages {
    ($( $variant:ident => $tag:literal, $name:literal, $file:literal; )*) => {
        /// A language of the catalogue.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub enum Lang {
            #[default]
            $( $variant, )*
            /// English with every word accented and made 40% longer: shows
            /// what a translation that runs long would break, and any text
            /// that does not come from the catalogue. Offered only where
            /// the instance turns it on (`pseudo_locale`).
            Pseudo,
        }

        impl Lang {
            /// Every real language, in the switcher's order.
            pub const ALL: &'static [Lang] = &[ $( Lang::$variant, )* ];

            /// The BCP 47 tag: `fr`, `de`; `en-XA` for the pseudo-locale.
            pub fn tag(self) -> &'static str {
                match self {
                    $( Lang::$variant => $tag, )*
                    Lang::Pseudo => "en-XA",
                }
            }

            /// The language's name in itself, for the switcher.
            pub fn name(self) -> &'static str {
                match self {
                    $( Lang::$variant => $name, )*
                    Lang::Pseudo => "Ƥşḗḗŭŭḓǿǿ",
                }
            }

            /// The Fluent source of the language's messages.
            pub(super) fn source(self) -> &'static str {
                match self {
                    $( Lang::$variant => include_str!(concat!("locales/", $file)), )*
                    Lang::Pseudo => include_str!("locales/en.ftl"),
                }
            }
        }
    };
}

languages! {
    En => "en", "English", "en.ftl";
    Fr => "fr", "Français", "fr.ftl";
    De => "de", "Deutsch", "de.ftl";
    Es => "es", "Español", "es.ftl";
    It => "it", "Italiano", "it.ftl";
    Pl => "pl", "Polski", "pl.ftl";
}

impl Lang {
    /// The language a tag names: `fr`, `fr-BE` and `FR` are French;
    /// `en-XA` is the pseudo-locale. `None` for a language plenum does not
    /// speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case(Lang::Pseudo.tag()) {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split(['-', '_']).next()?;
        Lang::ALL.iter().copied().find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The first language of an `Accept-Language` header's ranking that
    /// plenum speaks (`pseudo` says whether the pseudo-locale counts).
    pub fn negotiate<'a>(ranked: impl IntoIterator<Item = &'a str>, pseudo: bool) -> Option<Lang> {
        ranked.into_iter().filter_map(Lang::from_tag).find(|l| pseudo || *l != Lang::Pseudo)
    }
}

#[cfg(feature = "server")]
tokio::task_local! {
    static CURRENT: std::cell::Cell<Lang>;
}

/// The language of the request being answered: set for each request by
/// the web layer from the caller's choice, and English outside a request
/// (the CLI, logs, background work).
pub fn current() -> Lang {
    #[cfg(feature = "server")]
    {
        CURRENT.try_with(|c| c.get()).unwrap_or_default()
    }
    #[cfg(not(feature = "server"))]
    {
        Lang::En
    }
}

/// Runs `work` (a request's handling) in `lang`.
#[cfg(feature = "server")]
pub async fn in_language<F: std::future::Future>(lang: Lang, work: F) -> F::Output {
    CURRENT.scope(std::cell::Cell::new(lang), work).await
}

/// Runs `work` (a synchronous rendering, such as a live frame's) in `lang`.
#[cfg(feature = "server")]
pub fn speaking<R>(lang: Lang, work: impl FnOnce() -> R) -> R {
    CURRENT.sync_scope(std::cell::Cell::new(lang), work)
}

/// Changes the language of the request being answered, once the caller is
/// known (an account's own choice outranks what the browser asks for).
#[cfg(feature = "server")]
pub fn set_current(lang: Lang) {
    let _ = CURRENT.try_with(|c| c.set(lang));
}
