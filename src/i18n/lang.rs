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

/// An assembly's official languages (its statutes'): one or more, each
/// once, in the order given; the first is the one its record is offered in
/// when the reader asks for none of them. Stored as tags joined by commas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Languages(Vec<Lang>);

/// Why a list of official languages was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguagesError {
    /// The list names no language.
    Empty,
    /// A tag names no language plenum speaks (or the pseudo-locale).
    Unknown(String),
}

impl Languages {
    /// One official language.
    pub fn one(lang: Lang) -> Self {
        Languages(vec![lang])
    }

    /// From tags as given: each must name a language plenum speaks; a
    /// language named twice (`fr`, `fr-BE`) counts once.
    pub fn from_tags<S: AsRef<str>>(tags: &[S]) -> Result<Self, LanguagesError> {
        let mut out = Vec::new();
        for tag in tags {
            let tag = tag.as_ref();
            match Lang::from_tag(tag) {
                Some(lang) if lang != Lang::Pseudo => {
                    if !out.contains(&lang) {
                        out.push(lang);
                    }
                }
                _ => return Err(LanguagesError::Unknown(tag.to_string())),
            }
        }
        if out.is_empty() {
            return Err(LanguagesError::Empty);
        }
        Ok(Languages(out))
    }

    /// As stored. A tag plenum no longer speaks is left out; with none
    /// left, English.
    pub fn from_stored(stored: &str) -> Self {
        let mut out: Vec<Lang> = Vec::new();
        for lang in stored.split(',').filter_map(Lang::from_tag).filter(|l| *l != Lang::Pseudo) {
            if !out.contains(&lang) {
                out.push(lang);
            }
        }
        if out.is_empty() {
            out.push(Lang::En);
        }
        Languages(out)
    }

    /// For the database: `en,fr`.
    pub fn stored(&self) -> String {
        self.tags().join(",")
    }

    /// The tags, in order.
    pub fn tags(&self) -> Vec<String> {
        self.0.iter().map(|l| l.tag().to_string()).collect()
    }

    /// The first: the record's language when the reader asks for none.
    pub fn first(&self) -> Lang {
        self.0.first().copied().unwrap_or_default()
    }

    pub fn contains(&self, lang: Lang) -> bool {
        self.0.contains(&lang)
    }

    pub fn iter(&self) -> impl Iterator<Item = Lang> + '_ {
        self.0.iter().copied()
    }

    /// The language to write in for a reader who reads `reader`: theirs
    /// if it is official, else the first.
    pub fn for_reader(&self, reader: Lang) -> Lang {
        if self.contains(reader) {
            reader
        } else {
            self.first()
        }
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
