//! The command line: `serve`, `migrate`, `demo`, `account create`.

use crate::clock::SystemClock;
use crate::config::Settings;
use crate::domain::ids::AssemblyId;
use crate::domain::role::Role;
use crate::service::accounts::NewAccountInput;
use crate::service::demo::DemoSeed;
use crate::service::Services;
use crate::store;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

/// plenum: General Assembly voting and governance for networks of member
/// organisations. Settings come from config/default.toml and PLENUM_*
/// environment variables (e.g. PLENUM_DATABASE_URL, PLENUM_BIND).
#[derive(Debug, Parser)]
#[command(name = "plenum", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the migrations, then serve the web pages and the API.
    Serve {
        /// Seed the demo network first if the database is empty.
        #[arg(long)]
        demo: bool,
        /// Address and port to listen on (overrides PLENUM_BIND).
        #[arg(long)]
        bind: Option<String>,
    },
    /// Create or update the database schema.
    Migrate,
    /// Seed the demo network into an empty database, and print its logins.
    Demo,
    /// Import the member register from a CSV file (name,country,kind[,status]).
    /// All rows or none: a bad row is reported with its line.
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Export the member register as CSV to standard output.
    Export {
        #[command(subcommand)]
        what: ExportWhat,
    },
    /// Check an evidence bundle offline: its signed manifest, the ledger's
    /// chain, every checkpoint and signature, that nothing is missing or
    /// another assembly's, every tally, rule and eligibility snapshot. Needs
    /// no database and no network. Exit codes: 0 all holds, 1 the file
    /// cannot be read, 2 usage, 3 not a readable bundle (or too large), 4
    /// chain broken, 5 checkpoint not matched, 6 bad signature, 7 sealed
    /// document altered, 8 seal and ledger disagree, 9 eligibility, 10
    /// tally, 11 rule, 12 secret ballot exposed, 13 bundle incomplete, 14
    /// outside the assembly.
    Verify {
        /// The bundle (`plenum export bundle`, or the API's /bundle).
        bundle: std::path::PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// The instance's public key (hex) as published by the secretariat:
        /// the bundle must carry this one.
        #[arg(long)]
        public_key: Option<String>,
        /// The largest file to read, in bytes (a 1,000,000-event bundle is
        /// about 350 MB).
        #[arg(long, default_value_t = crate::verify::DEFAULT_MAX_BYTES)]
        max_bytes: u64,
    },
    /// Measure the vote path: a burst of ballots over loopback HTTP against
    /// the database's own ceiling, on a fresh database (see BENCHMARKS.md).
    /// Built with `--features bench` only.
    #[cfg(feature = "bench")]
    Bench {
        /// Full member organisations, one delegate each.
        #[arg(long, default_value_t = 1000)]
        orgs: usize,
        /// Concurrent clients in the burst.
        #[arg(long, default_value_t = 256)]
        clients: usize,
        /// A PostgreSQL URL to make a scratch database on (default: a
        /// scratch SQLite file).
        #[arg(long)]
        database: Option<String>,
        /// Logins to time on their own (argon2 is meant to cost).
        #[arg(long, default_value_t = 200)]
        logins: usize,
        /// Live-stream subscribers that must see the close.
        #[arg(long, default_value_t = 100)]
        subscribers: usize,
        /// Seconds per ceiling figure.
        #[arg(long, default_value_t = 3.0)]
        ceiling_seconds: f64,
        /// Connections in the pool (more than the cores' worth only adds
        /// PostgreSQL backends competing for them: see BENCHMARKS.md).
        #[arg(long, default_value_t = 16)]
        pool_size: u32,
        /// Instead: the in-process figures (tally and seal of 10,000 and
        /// 1,000,000 ballots, verify on a bundle of --verify-events events).
        #[arg(long)]
        micro: bool,
        #[arg(long, default_value_t = 1_000_000)]
        verify_events: usize,
        /// Instead: one convocation to every delegate queued in one step and
        /// delivered to the SMTP server at --smtp while the room votes, with
        /// the room's bursts before and after to compare.
        #[arg(long)]
        notices: bool,
        /// The SMTP server for --notices (no TLS), e.g. aiosmtpd's
        /// `python3 -m aiosmtpd -n -c aiosmtpd.handlers.Sink -l 127.0.0.1:8025`.
        #[arg(long, default_value = "127.0.0.1:8025")]
        smtp: String,
        /// Messages the sender takes at a time, for --notices.
        #[arg(long, default_value_t = 20)]
        mail_batch: i64,
        /// Also write the report as JSON here.
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
    /// Erase the personal data whose retention period has passed
    /// (`personal_data_retention_days`): ended sessions with the client
    /// address they were opened from, and failed logins. One transaction,
    /// recorded in the ledger when it erased something. The server does the
    /// same at start and every hour.
    EraseExpired,
    /// Manage accounts.
    Account {
        #[command(subcommand)]
        command: AccountCommand,
    },
}

#[derive(Debug, Subcommand)]
enum ImportWhat {
    /// The member register.
    Register { file: std::path::PathBuf },
}

#[derive(Debug, Subcommand)]
enum ExportWhat {
    /// The member register.
    Register,
    /// An assembly's evidence bundle (JSON), for `plenum verify`.
    Bundle {
        /// The assembly's id.
        #[arg(long)]
        assembly: i64,
        /// Where to write it (standard output if not given).
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum AccountCommand {
    /// Create an account. Prompts for the password when --password is not given.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// secretariat, auditor, teller or delegate.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// The organisation's id (delegates only).
        #[arg(long)]
        organisation: Option<i64>,
        #[arg(long)]
        password: Option<String>,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s).ok_or_else(|| format!("unknown role {s:?}: use secretariat, auditor, teller or delegate"))
}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Verify { bundle, json, public_key, max_bytes } = &cli.command {
        return verify(bundle, *json, public_key.as_deref(), *max_bytes);
    }
    #[cfg(feature = "bench")]
    if let Command::Bench { .. } = &cli.command {
        return match bench(cli.command) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("plenum bench: {message}");
                ExitCode::FAILURE
            }
        };
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("plenum: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `plenum verify`: reads no settings, opens no database.
fn verify(path: &std::path::Path, json: bool, public_key: Option<&str>, max_bytes: u64) -> ExitCode {
    // A key that cannot be one is the command's misuse, not the bundle's fault.
    if let Some(key) = public_key.map(str::trim) {
        if key.len() != 64 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
            eprintln!(
                "plenum: --public-key takes the instance's Ed25519 public key: 64 hexadecimal characters \
                 (as GET /api/v1/instance and the /audit page show it), not {:?}",
                key.chars().take(80).collect::<String>()
            );
            return ExitCode::from(2);
        }
    }
    let cannot_read = |e: std::io::Error| {
        eprintln!("plenum: cannot read {}: {e}", path.display());
        ExitCode::FAILURE
    };
    // The size first: a file over the bound is not read at all.
    let len = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => return cannot_read(e),
    };
    // A pipe or a device says nothing of its size (0): the read itself is
    // bounded, one byte past the bound telling that it is over (an outside
    // review fed /dev/zero and ran the verifier out of memory).
    let read = || -> std::io::Result<Vec<u8>> {
        use std::io::Read;
        let mut bytes = Vec::new();
        std::fs::File::open(path)?.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes)?;
        Ok(bytes)
    };
    let report = if len > max_bytes {
        *crate::verify::too_large(len, max_bytes)
    } else {
        match read() {
            Ok(bytes) if bytes.len() as u64 > max_bytes => *crate::verify::too_large(bytes.len() as u64, max_bytes),
            Ok(bytes) => match crate::verify::read_bounded(&bytes, max_bytes) {
                Ok(bundle) => crate::verify::verify(&bundle, public_key),
                Err(report) => *report,
            },
            Err(e) => return cannot_read(e),
        }
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
    } else {
        print!("{}", report.render());
    }
    ExitCode::from(u8::try_from(report.exit_code).unwrap_or(1))
}

/// `plenum bench`: prints the figures and a row for BENCHMARKS.md.
#[cfg(feature = "bench")]
fn bench(command: Command) -> Result<(), String> {
    let Command::Bench {
        orgs,
        clients,
        database,
        logins,
        subscribers,
        ceiling_seconds,
        pool_size,
        micro,
        verify_events,
        notices,
        smtp,
        mail_batch,
        out,
    } = command
    else {
        return Ok(());
    };
    // The bench logs warnings only, unless PLENUM_LOG asks for more (the
    // writer's batches, say: `plenum::store::group_commit=debug`).
    init_logging(&std::env::var("PLENUM_LOG").unwrap_or_else(|_| "warn".into()));
    let json = if notices {
        let options = crate::bench::notices::NoticeOptions { orgs, clients, database, pool_size, smtp, mail_batch };
        let r = crate::bench::notices::run(&options)?;
        println!(
            "{} notices queued in {:.2} s, delivered in {:.1} s ({:.0} messages/s, batches of {}) on {}",
            r.orgs, r.queue_s, r.delivery_s, r.messages_per_s, r.mail_batch, r.backend
        );
        for (when, b) in [("before", &r.before), ("while sending", &r.during), ("after", &r.after)] {
            println!("burst {when}: {:.0} ballots/s, p95 {:.1} ms, {} errors", b.per_s, b.latency.p95_ms, b.errors);
        }
        println!(
            "{} messages went out during the burst; ballots/s while sending over quiet: {:.2}",
            r.sent_during_burst, r.ratio
        );
        serde_json::to_string_pretty(&r).map_err(|e| e.to_string())?
    } else if micro {
        let m = crate::bench::micro::run(&[10_000, 1_000_000], verify_events)?;
        for (n, tally, seal) in &m.tally_seal {
            println!("tally of {n} ballots: {tally:.1} ms; tally + seal: {seal:.1} ms");
        }
        println!(
            "verify of {} events ({} MB): read {:.0} ms, check {:.0} ms",
            m.verify_events,
            m.verify_bytes / 1_000_000,
            m.verify_read_ms,
            m.verify_check_ms
        );
        serde_json::to_string_pretty(&m).map_err(|e| e.to_string())?
    } else {
        let options =
            crate::bench::Options { orgs, clients, database, logins, subscribers, ceiling_seconds, pool_size };
        let r = crate::bench::run(&options)?;
        println!(
            "{} ballots in {:.2} s with {} clients: {:.0} ballots/s, {} errors; ceiling {:.0} tx/s (ratio {:.2}){}",
            r.burst.ballots,
            r.burst.wall_s,
            r.clients,
            r.burst.per_s,
            r.burst.errors,
            r.ceiling.one_writer_per_s,
            r.ratio_to_ceiling,
            r.ceiling
                .many_writers_per_s
                .map_or_else(String::new, |m| format!("; {} writers {m:.0} tx/s", r.ceiling.writers)),
        );
        println!(
            "latency ms p50 {:.1} p95 {:.1} p99 {:.1} max {:.1}; close+seal {:.1} ms; fan-out to {} subscribers {}; logins {:.0}/s; chair page {:.0} ms; peak RSS {:.0} MB; {} cores",
            r.burst.latency.p50_ms,
            r.burst.latency.p95_ms,
            r.burst.latency.p99_ms,
            r.burst.latency.max_ms,
            r.close_seal_ms,
            r.subscribers,
            r.fanout_ms.map_or_else(|| "not seen by all".to_string(), |f| format!("{f:.0} ms")),
            r.logins_per_s,
            r.chair_page_ms,
            r.peak_rss_mb,
            r.cores
        );
        for p in &r.pages {
            println!(
                "page {:<11} {:<40} median {:>6.1} ms, slowest {:>6.1} ms, {:>7} bytes",
                p.role, p.path, p.median_ms, p.max_ms, p.bytes
            );
        }
        println!(
            "bundle of the assembly ({:.1} MB): export {:.0} ms, verify {:.0} ms, exit code {}; peak RSS after {:.0} MB",
            r.bundle.bytes as f64 / 1e6,
            r.bundle.export_ms,
            r.bundle.verify_ms,
            r.bundle.exit_code,
            r.bundle.peak_rss_mb
        );
        println!("{}\n{}", crate::bench::MARKDOWN_HEADER, r.markdown_row());
        serde_json::to_string_pretty(&r).map_err(|e| e.to_string())?
    };
    if let Some(path) = out {
        std::fs::write(&path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

fn services(settings: Settings) -> Result<Services, String> {
    let pool = store::connect(&settings.database_url, settings.database_pool_size, settings.sqlite_busy_timeout_ms)
        .map_err(|e| e.to_string())?;
    let mut conn = pool.get().map_err(|e| e.to_string())?;
    let applied = store::migrate(&mut conn).map_err(|e| e.to_string())?;
    for m in applied {
        tracing::info!(migration = %m, "applied");
    }
    drop(conn);
    let sealer = crate::audit::seal::Sealer::load_or_create(std::path::Path::new(&settings.signing_key_file))
        .map_err(|e| e.to_string())?;
    Ok(Services::new(pool, Arc::new(SystemClock), settings, sealer))
}

fn init_logging(filter: &str) {
    let filter =
        tracing_subscriber::EnvFilter::try_new(filter).unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

fn print_demo(seed: &DemoSeed) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "Demo network seeded: {} organisations.", seed.organisations);
    let _ = writeln!(out, "Every demo account's password: {}", seed.password);
    for login in seed.logins.iter().filter(|l| l.role != Role::Delegate) {
        let _ = writeln!(out, "  {:<12} {}", login.role.as_str(), login.email);
    }
    let delegates: Vec<_> = seed.logins.iter().filter(|l| l.role == Role::Delegate).collect();
    for login in delegates.iter().take(3) {
        let _ =
            writeln!(out, "  {:<12} {}  ({})", "delegate", login.email, login.organisation.as_deref().unwrap_or(""));
    }
    if let Some(affiliate) = delegates.iter().rev().find(|l| l.organisation.is_some()) {
        let _ = writeln!(
            out,
            "  {:<12} {}  ({}, affiliate)",
            "delegate",
            affiliate.email,
            affiliate.organisation.as_deref().unwrap_or("")
        );
    }
    let _ = writeln!(out, "  ... and one delegate per organisation ({} in all).", delegates.len());
}

fn run(cli: Cli) -> Result<(), String> {
    let settings = Settings::load().map_err(|e| e.to_string())?;
    init_logging(&settings.log);
    match cli.command {
        Command::Migrate => {
            let backend = store::Backend::from_url(&settings.database_url);
            services(settings)?;
            println!("Migrations are up to date ({}).", backend.name());
            Ok(())
        }
        Command::Demo => {
            let svc = services(settings)?;
            match svc.seed_demo().map_err(|e| e.to_string())? {
                Some(seed) => print_demo(&seed),
                None => println!("The database already has organisations; the demo was not seeded."),
            }
            Ok(())
        }
        Command::Import { what: ImportWhat::Register { file } } => {
            let text = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let svc = services(settings)?;
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} organisations {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            let report = svc
                .import_register(None, &text, &|done, total| {
                    bar.set_length(total);
                    bar.set_position(done);
                })
                .map_err(|e| e.message())?;
            bar.finish_and_clear();
            if !report.errors.is_empty() {
                let mut lines = vec![format!("{}: nothing was imported.", file.display())];
                lines.extend(report.errors.iter().map(|e| format!("  line {}: {}", e.line, e.message)));
                return Err(lines.join("\n"));
            }
            println!(
                "Imported {}: {} created, {} updated, {} unchanged.",
                file.display(),
                report.created,
                report.updated,
                report.unchanged
            );
            Ok(())
        }
        Command::Export { what: ExportWhat::Register } => {
            let svc = services(settings)?;
            print!("{}", svc.export_register(None).map_err(|e| e.message())?);
            Ok(())
        }
        Command::Export { what: ExportWhat::Bundle { assembly, out } } => {
            let svc = services(settings)?;
            let bundle = svc.bundle(None, AssemblyId(assembly)).map_err(|e| e.message())?;
            let text = serde_json::to_string(&bundle).map_err(|e| e.to_string())?;
            match out {
                Some(path) => {
                    std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                    println!(
                        "Wrote {}: {} ledger events, {} sealed polls, {} sealed rounds. Public key {}.",
                        path.display(),
                        bundle.ledger.len(),
                        bundle.polls.len(),
                        bundle.rounds.len(),
                        bundle.public_key
                    );
                }
                None => println!("{text}"),
            }
            Ok(())
        }
        Command::EraseExpired => {
            let svc = services(settings)?;
            let e = svc.erase_expired_personal_data().map_err(|e| e.message())?;
            println!(
                "Erased {} ended sessions (with their client addresses) and {} failed logins recorded at or before {}.",
                e.sessions,
                e.login_failures,
                crate::audit::canonical_time(e.before)
            );
            Ok(())
        }
        Command::Verify { .. } => Ok(()),
        #[cfg(feature = "bench")]
        Command::Bench { .. } => Ok(()),
        Command::Account { command: AccountCommand::Create { email, name, role, organisation, password } } => {
            let svc = services(settings)?;
            let password = match password {
                Some(p) => p,
                None => {
                    rpassword::prompt_password("Password: ").map_err(|e| format!("cannot read the password: {e}"))?
                }
            };
            let input = NewAccountInput { email, name, password, role, organisation_id: organisation };
            let account = svc.create_account(None, input).map_err(|e| e.message())?;
            println!("Account {} created: {} ({}).", account.id, account.email, account.role);
            Ok(())
        }
        Command::Serve { demo, bind } => {
            let bind = bind.unwrap_or_else(|| settings.bind.clone());
            let svc = services(settings)?;
            if demo {
                match svc.seed_demo().map_err(|e| e.to_string())? {
                    Some(seed) => print_demo(&seed),
                    None => println!("The database already has organisations; the demo was not seeded again."),
                }
            }
            let listener = crate::web::listen(&bind).map_err(|e| format!("cannot listen on {bind}: {e}"))?;
            let addr = listener.local_addr().map_err(|e| e.to_string())?;
            println!("plenum is serving on http://{addr}/");
            actix_web::rt::System::new()
                .block_on(async move { crate::web::server(svc, listener, None)?.await })
                .map_err(|e| format!("server stopped: {e}"))
        }
    }
}
