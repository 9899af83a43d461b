//! The demo network: a European network of civil-society organisations with
//! its Annual General Assembly in session, ready to try.

use super::accounts::{hash_password, insert_account, NewAccountInput};
use super::assemblies::{self, AgendaInput, NewAssemblyInput};
use super::organisations::{self, NewOrganisationInput};
use super::proxies::{self, ProxyInput};
use super::{record, Services};
use crate::audit::event::{AttendanceArrived, Event, MotionCreated};
use crate::audit::Actor;
use crate::domain::assembly::{AgendaKind, AssemblyFormat, AssemblyKind, AssemblyState, AttendanceMode};
use crate::domain::majority::MajorityRule;
use crate::domain::motion::MotionState;
use crate::domain::organisation::OrgKind;
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};
use crate::store::rows::{NewAttendance, NewMotion};
use crate::store::schema::{attendance, motions, organisations as orgs};
use chrono::Duration;
use diesel::prelude::*;

/// Full members: (name, country).
const FULL_MEMBERS: &[(&str, &str)] = &[
    ("Österreichisches Netzwerk Zivilgesellschaft", "AT"),
    ("Wiener Bürgerforum", "AT"),
    ("Réseau Bruxellois des Associations", "BE"),
    ("Vlaams Middenveldplatform", "BE"),
    ("Forum Wallon de la Société Civile", "BE"),
    ("Bulgarian Centre for Civic Participation", "BG"),
    ("Hrvatska mreža civilnog društva", "HR"),
    ("Cyprus Civil Society Alliance", "CY"),
    ("Česká rada neziskových organizací", "CZ"),
    ("Brno Community Foundation", "CZ"),
    ("Dansk Civilsamfundsforum", "DK"),
    ("Eesti Mittetulundusühingute Liit", "EE"),
    ("Kansalaisjärjestöjen Verkosto", "FI"),
    ("Collectif Associatif de France", "FR"),
    ("Réseau Lillois de Solidarité", "FR"),
    ("Fédération Occitane des Associations", "FR"),
    ("Bundesnetzwerk Bürgerschaftliches Engagement", "DE"),
    ("Berliner Landesverband Zivilgesellschaft", "DE"),
    ("Netzwerk Ruhr Engagiert", "DE"),
    ("Hellenic Network of Civil Society", "GR"),
    ("Magyar Civil Szervezetek Szövetsége", "HU"),
    ("Irish Community Alliance", "IE"),
    ("Dublin Voluntary Network", "IE"),
    ("Forum Nazionale del Terzo Settore", "IT"),
    ("Rete Civica Milanese", "IT"),
    ("Coordinamento Campano delle Associazioni", "IT"),
    ("Latvijas Pilsoniskā alianse", "LV"),
    ("Lietuvos NVO konfederacija", "LT"),
    ("Cercle de Coopération Luxembourg", "LU"),
    ("Malta Council for the Voluntary Sector", "MT"),
    ("Nederlands Maatschappelijk Netwerk", "NL"),
    ("Rotterdam Burgerinitiatief", "NL"),
    ("Ogólnopolska Federacja Organizacji Pozarządowych", "PL"),
    ("Krakowskie Forum Obywatelskie", "PL"),
    ("Plataforma Portuguesa das ONGD", "PT"),
    ("Federația Organizațiilor Neguvernamentale", "RO"),
    ("Slovenská rada mládeže a komunít", "SK"),
    ("CNVOS Slovenia", "SI"),
    ("Plataforma del Tercer Sector", "ES"),
    ("Xarxa Catalana d'Entitats", "ES"),
    ("Red Andaluza de Participación", "ES"),
    ("Forum för Civilsamhället", "SE"),
    ("Göteborgs Föreningsnätverk", "SE"),
    ("Netwerk Utrecht Samen", "NL"),
    ("Asociația Clujeană pentru Comunitate", "RO"),
    ("Athens Volunteer Network", "GR"),
    ("Porto Cidadania Ativa", "PT"),
    ("Tallinn Kogukondade Koda", "EE"),
    ("Ljubljana Civic Hub", "SI"),
    ("Aarhus Frivilligcenter", "DK"),
];

/// Affiliates: advisory members from beyond the network's core.
const AFFILIATES: &[(&str, &str)] = &[
    ("Norsk Frivillighetsforum", "NO"),
    ("Swiss Civil Society Platform", "CH"),
    ("Icelandic Volunteer Association", "IS"),
    ("UK Civic Partnerships", "GB"),
    ("Mreža za razvoj Srbije", "RS"),
    ("Albanian Civic Network", "AL"),
    ("Ukrainian Civic Platform", "UA"),
    ("Moldova Civic Forum", "MD"),
    ("European Youth Observers", "BE"),
    ("Research Institute for Participation", "DE"),
];

/// One demo login.
#[derive(Debug, Clone)]
pub struct DemoLogin {
    pub email: String,
    pub role: Role,
    pub organisation: Option<String>,
}

/// What the demo seeded.
#[derive(Debug, Clone)]
pub struct DemoSeed {
    pub password: String,
    pub logins: Vec<DemoLogin>,
    pub organisations: usize,
}

/// A name as the local part of a demo e-mail address: lower-case ASCII
/// letters and digits, words joined by `-`, at most 40 characters. Letters
/// with marks lose them (`Česká` is `ceska`); the few that do not decompose
/// are spelt out (`ł` is `l`, `ø` is `o`, `ß` is `ss`).
fn slug(name: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let mut s = String::new();
    let mut push = |c: char| {
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    };
    for c in name.to_lowercase().nfd().filter(|c| !is_combining_mark(*c)) {
        match c {
            'ł' => push('l'),
            'ø' => push('o'),
            'đ' => push('d'),
            'ı' => push('i'),
            'ß' => "ss".chars().for_each(&mut push),
            'æ' => "ae".chars().for_each(&mut push),
            'œ' => "oe".chars().for_each(&mut push),
            'þ' => "th".chars().for_each(&mut push),
            other => push(other),
        }
    }
    s.trim_end_matches('-').chars().take(40).collect::<String>().trim_end_matches('-').to_string()
}

impl Services {
    /// Seeds the demo network into an empty database. Returns `None` when the
    /// register already has organisations (nothing is changed then).
    pub fn seed_demo(&self) -> AppResult<Option<DemoSeed>> {
        let password = self.settings.demo_password.clone();
        let hash = hash_password(self.settings.max_concurrent_password_hashes, &password)?;
        let rules = self.settings.assembly_rules();
        let seed = self.write(|conn, now| {
            let existing: i64 = orgs::table.count().get_result(conn)?;
            if existing > 0 {
                return Ok(None);
            }
            let actor = Actor::System("demo");
            let mut logins = Vec::new();
            let mut staff = |conn: &mut _, email: &str, name: &str, role: Role| -> AppResult<()> {
                let input = NewAccountInput {
                    email: email.into(),
                    name: name.into(),
                    password: password.clone(),
                    role,
                    organisation_id: None,
                };
                insert_account(conn, now, &actor, &input, &hash)?;
                logins.push(DemoLogin { email: email.into(), role, organisation: None });
                Ok(())
            };
            staff(conn, "chair@demo.plenum.eu", "Ingrid Vermeulen", Role::Secretariat)?;
            staff(conn, "auditor@demo.plenum.eu", "Marc Dubois", Role::Auditor)?;
            staff(conn, "desk@demo.plenum.eu", "Sofia Moreau", Role::Teller)?;

            let mut members = Vec::new();
            for (kind, list) in [(OrgKind::Full, FULL_MEMBERS), (OrgKind::Affiliate, AFFILIATES)] {
                for (name, country) in list {
                    let org = organisations::insert(
                        conn,
                        now,
                        &actor,
                        &NewOrganisationInput { name: (*name).into(), country: (*country).into(), kind },
                    )?;
                    let email = format!("{}@demo.plenum.eu", slug(name));
                    let input = NewAccountInput {
                        email: email.clone(),
                        name: format!("Delegate of {name}"),
                        password: password.clone(),
                        role: Role::Delegate,
                        organisation_id: Some(org.id),
                    };
                    let account = insert_account(conn, now, &actor, &input, &hash)?;
                    logins.push(DemoLogin { email, role: Role::Delegate, organisation: Some(org.name.clone()) });
                    members.push((org, account.id));
                }
            }

            // Called for today (09:00, or now if earlier): the demo opens its
            // session now, and its minutes must not say it opened before it
            // was called for (an outside review read exactly that).
            let nine = now.date().and_hms_opt(9, 0, 0).filter(|nine| *nine <= now).unwrap_or(now);
            let starts = nine.and_utc();
            let assembly = assemblies::insert(
                conn,
                now,
                &actor,
                rules,
                &NewAssemblyInput {
                    title: "Annual General Assembly 2026".into(),
                    starts_at: starts,
                    format: AssemblyFormat::Hybrid,
                    kind: Some(AssemblyKind::Ordinary),
                    venue: Some("Maison des Associations, Brussels, and online".into()),
                    convocation: Some(1),
                    notice_sent_on: Some(starts.date_naive() - Duration::days(28)),
                    vote_changes: None,
                    motion_deadline: None,
                    quorum: None,
                    proxy_cap: None,
                    // A Brussels network's statutes: English and French.
                    languages: Some(vec!["en".into(), "fr".into()]),
                    remote_link: Some("https://meet.example.org/plenum-demo-ga-2026".into()),
                    agenda: [
                        ("Opening and adoption of the agenda", AgendaKind::Decision),
                        ("Annual report of the Board", AgendaKind::Information),
                        ("Accounts 2025 and discharge of the Board", AgendaKind::Decision),
                        ("Budget and work plan 2027", AgendaKind::Decision),
                        ("Election of the Board", AgendaKind::Election),
                        ("Any other business", AgendaKind::Discussion),
                    ]
                    .iter()
                    .map(|(t, k)| AgendaInput { title: (*t).into(), kind: *k })
                    .collect(),
                },
            )?;
            assemblies::transition(conn, now, &actor, &self.sealer, assembly.id, AssemblyState::Convened)?;
            assemblies::transition(conn, now, &actor, &self.sealer, assembly.id, AssemblyState::InSession)?;
            // The chair has taken up the first item: the pages show it.
            let first: Option<i64> = crate::store::schema::agenda_items::table
                .filter(crate::store::schema::agenda_items::assembly_id.eq(assembly.id))
                .order(crate::store::schema::agenda_items::position.asc())
                .select(crate::store::schema::agenda_items::id)
                .first(conn)
                .optional()?;
            super::agenda::take_up(conn, now, &actor, assembly.id, first)?;

            // Some members in the room, some remote; the rest still to arrive.
            // The first three of each list stay absent so a demo delegate can
            // check in by itself.
            for (i, (org, account)) in members.iter().enumerate() {
                let left_for_the_visitor = i < 3 || (FULL_MEMBERS.len()..FULL_MEMBERS.len() + 3).contains(&i);
                let mode = if left_for_the_visitor {
                    None
                } else if org.kind == OrgKind::Affiliate {
                    Some(AttendanceMode::Remote)
                } else {
                    match i % 5 {
                        0..=2 => Some(AttendanceMode::InPerson),
                        3 => Some(AttendanceMode::Remote),
                        _ => None,
                    }
                };
                let Some(mode) = mode else { continue };
                let arrived = now - Duration::minutes(30) + Duration::seconds(i as i64 * 17);
                let stay: i64 = diesel::insert_into(attendance::table)
                    .values(NewAttendance {
                        assembly_id: assembly.id,
                        organisation_id: org.id,
                        mode,
                        checked_in_by: *account,
                        arrived_at: arrived,
                    })
                    .returning(attendance::id)
                    .get_result(conn)?;
                record(
                    conn,
                    now,
                    &actor,
                    format!("assembly:{}", assembly.id),
                    Event::AttendanceArrived(AttendanceArrived {
                        organisation: org.id,
                        mode,
                        stay: Some(stay),
                        by: "demo".into(),
                    }),
                )?;
            }

            // A few absent full members gave their vote to one in the room.
            let absent: Vec<_> = members
                .iter()
                .enumerate()
                .filter(|(i, (o, _))| o.kind == OrgKind::Full && *i >= 3 && i % 5 == 4)
                .map(|(_, m)| m)
                .collect();
            let holders: Vec<_> =
                members.iter().enumerate().filter(|(i, (o, _))| o.kind == OrgKind::Full && *i >= 3 && i % 5 == 0).map(|(_, m)| m).collect();
            for ((grantor, account), (holder, _)) in absent.iter().zip(&holders).take(4) {
                let input = ProxyInput {
                    grantor_id: grantor.id,
                    holder_id: holder.id,
                    document: Some(format!("Written proxy of {}", grantor.name)),
                };
                proxies::grant(conn, now, &actor, *account, assembly.id, &input)?;
            }

            let motions_to_add = [
                (
                    "Approval of the accounts 2025 and discharge of the Board",
                    "The General Assembly approves the audited accounts for 2025 as presented by the Treasurer and grants discharge to the Board for its management in 2025.",
                    "budget",
                ),
                (
                    "Budget and work plan 2027",
                    "The General Assembly adopts the budget of **EUR 1,240,000** and the work plan 2027, with a membership fee unchanged from 2026.",
                    "budget",
                ),
            ];
            for (title, body, kind) in motions_to_add {
                let rule = MajorityRule::SIMPLE;
                let id: i64 = diesel::insert_into(motions::table)
                    .values(NewMotion {
                        assembly_id: assembly.id,
                        agenda_item_id: None,
                        title,
                        body,
                        kind,
                        state: MotionState::Admitted,
                        majority_numerator: rule.numerator as i32,
                        majority_denominator: rule.denominator as i32,
                        majority_strict: rule.strict,
                        majority_base: rule.base,
                        majority_tie: rule.tie,
                        created_at: now,
                        quorum_numerator: None,
                        quorum_denominator: None,
                        quorum_strict: None,
                        proposer_id: None,
                        amends_id: None,
                        language: "en",
                    })
                    .returning(motions::id)
                    .get_result(conn)?;
                record(
                    conn,
                    now,
                    &actor,
                    format!("motion:{id}"),
                    Event::MotionCreated(MotionCreated {
                        assembly: assembly.id.0,
                        title: title.into(),
                        text: body.into(),
                        kind: kind.into(),
                        majority: rule,
                        quorum: None,
                        state: Some(MotionState::Admitted),
                        proposer: None,
                        amends: None,
                        language: Some("en".into()),
                    }),
                )?;
            }
            Ok(Some(DemoSeed { password: password.clone(), logins, organisations: members.len() }))
        })?;
        let Some(seed) = seed else { return Ok(None) };
        // The Board election, set up by the chair as it would be.
        let chair = self.read(|conn| {
            let (id, name, email): (i64, String, String) = crate::store::schema::accounts::table
                .filter(crate::store::schema::accounts::email.eq("chair@demo.plenum.eu"))
                .select((
                    crate::store::schema::accounts::id,
                    crate::store::schema::accounts::name,
                    crate::store::schema::accounts::email,
                ))
                .first(conn)?;
            Ok(super::Caller {
                account_id: id,
                name,
                email,
                role: Role::Secretariat,
                organisation_id: None,
                language: None,
            })
        })?;
        let assembly =
            self.current_assembly()?.map(|a| a.id).ok_or_else(|| AppError::internal("the demo has no assembly"))?;
        let candidates = ["Ana Kovač", "Jonas Berg", "Lea Rossi", "Mikkel Dahl", "Sara Nowak"]
            .iter()
            .map(|n| super::elections::CandidateInput { name: (*n).to_string(), organisation_id: None })
            .collect();
        self.create_election(
            &chair,
            assembly,
            super::elections::NewElectionInput {
                title: "Election of the Board".into(),
                seats: 3,
                absolute_majority: false,
                candidates,
            },
        )?;
        // The budget in the network's other official language, marked as
        // a translation, as its secretariat would add it.
        let budget = self
            .list_motions(assembly)?
            .into_iter()
            .find(|m| m.title == "Budget and work plan 2027")
            .ok_or_else(|| AppError::internal("the demo has no budget motion"))?;
        self.translate_motion(
            &chair,
            budget.id,
            super::translations::TranslationInput {
                language: "fr".into(),
                title: "Budget et programme de travail 2027".into(),
                text: "L’Assemblée générale adopte le budget de **1 240 000 EUR** et le programme de travail 2027, la cotisation restant inchangée par rapport à 2026.".into(),
            },
        )?;
        Ok(Some(seed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_transliterate() {
        for (name, want) in [
            ("Česká rada neziskových organizací", "ceska-rada-neziskovych-organizaci"),
            ("Łódzkie Forum Współpracy", "lodzkie-forum-wspolpracy"),
            ("Ørsted Straße Æble", "orsted-strasse-aeble"),
            ("Ελληνική Ένωση - Hellenic Union", "hellenic-union"),
            ("Forum 2000", "forum-2000"),
        ] {
            assert_eq!(slug(name), want, "{name}");
        }
    }

    #[test]
    fn slugs_are_ascii_and_unique() {
        let mut all: Vec<String> = FULL_MEMBERS.iter().chain(AFFILIATES).map(|(n, _)| slug(n)).collect();
        for s in &all {
            assert!(!s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'), "{s}");
        }
        all.sort();
        all.dedup();
        assert_eq!(all.len(), FULL_MEMBERS.len() + AFFILIATES.len());
    }

    #[test]
    fn the_network_spans_europe() {
        let mut countries: Vec<&str> = FULL_MEMBERS.iter().map(|(_, c)| *c).collect();
        countries.sort();
        countries.dedup();
        assert!(countries.len() >= 26, "{}", countries.len());
        assert_eq!(FULL_MEMBERS.len(), 50);
        assert_eq!(AFFILIATES.len(), 10);
    }
}
