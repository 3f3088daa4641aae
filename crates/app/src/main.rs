//! The `alif24` binary.

use std::process::ExitCode;
use std::sync::Arc;

use app::cli::{self, Command};
use kernel::clock::SystemClock;
use kernel::config::Config;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cli = match cli::parse(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("alif24: {e}");
            return ExitCode::from(2);
        }
    };
    match cli.command {
        Command::Help => {
            print!("{}", cli::USAGE);
            return ExitCode::SUCCESS;
        }
        Command::Version => {
            println!("alif24 {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let settings = kernel::config::Settings::from_env_and(cli.env.clone());
    let config = match Config::from_settings(settings) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("alif24: {e}");
            return ExitCode::from(2);
        }
    };
    // The demo seed makes thousands of rows; its own summary is what the operator reads.
    let quiet = matches!(cli.command, Command::SeedDemo { .. });
    init_logs(config.log_json, quiet);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("alif24: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("alif24: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => app::serve::serve(config).await,
        Command::Migrate => {
            let db = kernel::db::Db::connect(&config.database_url).await?;
            db.migrate().await?;
            for name in db.migration_names() {
                println!("applied {name}");
            }
            Ok(())
        }
        Command::AdminCreate {
            email,
            password,
            name,
        } => {
            let state = app::build_state(config, Arc::new(SystemClock)).await?;
            let admin = accounts::service::setup::NewAdmin::parse(
                Some(&name),
                Some(&email),
                Some(&password),
            )
            .map_err(|e| anyhow::anyhow!(describe(&state, &e)))?;
            let id = accounts::service::setup::create_admin(&state, admin, None)
                .await
                .map_err(|e| anyhow::anyhow!(describe(&state, &e)))?;
            println!("Administrator created. Alif24 ID: {id}. Log in with {email}.");
            Ok(())
        }
        Command::AdminResetPassword { login, password } => {
            let state = app::build_state(config, Arc::new(SystemClock)).await?;
            let id = accounts::service::setup::reset_password_cli(&state, &login, &password)
                .await
                .map_err(|e| anyhow::anyhow!(describe(&state, &e)))?;
            println!("Password changed for Alif24 ID {id}; their sessions were ended.");
            Ok(())
        }
        Command::Backup { out } => app::backup::command::backup(&config, out.as_ref()).await,
        Command::Restore { file, force } => {
            app::backup::command::restore(&config, file.as_ref(), force).await
        }
        Command::SeedDemo { force } => app::demo::cli::run(config, force).await,
        Command::Help | Command::Version => Ok(()),
    }
}

/// An error in English words for the console.
fn describe(state: &kernel::AppState, e: &kernel::AppError) -> String {
    let lang = kernel::i18n::Lang::En;
    let mut parts = vec![state.i18n.get(lang, &e.message_key(), &e.args)];
    for f in &e.fields {
        parts.push(format!(
            "{}: {}",
            f.field,
            state.i18n.get(lang, &f.key, &f.args)
        ));
    }
    parts.join(" ")
}

fn init_logs(json: bool, quiet: bool) {
    let default = if quiet { "warn" } else { "info,sqlx=warn" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.compact().init();
    }
}
