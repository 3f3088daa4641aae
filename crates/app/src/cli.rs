//! The command line: `serve` (default), `migrate`, `admin create`, `admin reset-password`,
//! `backup`, `restore`, `seed --demo`.
//! Flags mirror the environment variables and win over them.

use std::collections::HashMap;

pub const USAGE: &str = "\
Alif24 — learning platform for children

Usage:
  alif24 [serve] [--addr ADDR] [--database-url URL]
  alif24 migrate [--database-url URL]
  alif24 admin create --email E --password P [--name N]
  alif24 admin reset-password --login LOGIN --password P
  alif24 backup [--out DIR]          checked copy of the database (default ./backups)
  alif24 restore FILE [--force]      put a backup in place (SQLite: stop the server first)
  alif24 seed --demo [--force]   fill an empty database with a living demo
  alif24 --help | --version

Environment (flags take precedence):
  ALIF24_ADDR         listen address (default 127.0.0.1:8080)
  DATABASE_URL        sqlite:… or postgres://… (default sqlite://data/alif24.db)
  REDIS_URL           optional redis://…
  ALIF24_PUBLIC_URL   address people use, for printed links (default http://ADDR)
  ALIF24_TRUST_PROXY  1 to take client addresses from X-Forwarded-For
  ALIF24_LOG_JSON     1 for JSON logs
  RUST_LOG            log filter (default info)
";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Serve,
    Migrate,
    AdminCreate {
        email: String,
        password: String,
        name: String,
    },
    AdminResetPassword {
        login: String,
        password: String,
    },
    Backup {
        out: String,
    },
    Restore {
        file: String,
        force: bool,
    },
    /// `seed --demo`: `force` adds the demo to a database that has real users.
    SeedDemo {
        force: bool,
    },
    Help,
    Version,
}

/// Flags that take no value.
const SWITCHES: &[&str] = &["--demo", "--force"];

/// A parsed command line: the command and the flags that mirror environment variables.
#[derive(Debug)]
pub struct Cli {
    pub command: Command,
    pub env: HashMap<&'static str, String>,
}

/// Parses arguments (without the program name); errors are one line for the console.
pub fn parse(args: &[String]) -> Result<Cli, String> {
    let mut words = Vec::new();
    let mut flags: HashMap<String, String> = HashMap::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => {
                return Ok(Cli {
                    command: Command::Help,
                    env: HashMap::new(),
                })
            }
            "-V" | "--version" => {
                return Ok(Cli {
                    command: Command::Version,
                    env: HashMap::new(),
                })
            }
            f if SWITCHES.contains(&f) => {
                flags.insert(f.to_string(), String::new());
            }
            f if f.starts_with("--") => {
                let (name, value) = match f.split_once('=') {
                    Some((n, v)) => (n.to_string(), v.to_string()),
                    None => (
                        f.to_string(),
                        it.next()
                            .ok_or_else(|| format!("{f} needs a value"))?
                            .clone(),
                    ),
                };
                flags.insert(name, value);
            }
            w => words.push(w.to_string()),
        }
    }
    let mut take = |name: &str| flags.remove(name);
    let mut env = HashMap::new();
    if let Some(v) = take("--addr") {
        env.insert("ALIF24_ADDR", v);
    }
    if let Some(v) = take("--database-url") {
        env.insert("DATABASE_URL", v);
    }
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let command = match words.as_slice() {
        [] | ["serve"] => Command::Serve,
        ["migrate"] => Command::Migrate,
        ["admin", "create"] => Command::AdminCreate {
            email: take("--email").ok_or("admin create needs --email")?,
            password: take("--password").ok_or("admin create needs --password")?,
            name: take("--name").unwrap_or_else(|| "Administrator".into()),
        },
        ["admin", "reset-password"] => Command::AdminResetPassword {
            login: take("--login").ok_or("admin reset-password needs --login")?,
            password: take("--password").ok_or("admin reset-password needs --password")?,
        },
        ["backup"] => Command::Backup {
            out: take("--out").unwrap_or_else(|| "backups".into()),
        },
        ["restore", file] => Command::Restore {
            file: file.to_string(),
            force: take("--force").is_some(),
        },
        ["restore"] => return Err("restore needs the backup file: alif24 restore FILE".into()),
        ["seed"] => {
            take("--demo").ok_or("seed needs --demo (the demo is the only seed so far)")?;
            Command::SeedDemo {
                force: take("--force").is_some(),
            }
        }
        other => {
            return Err(format!(
                "unknown command {:?}; see alif24 --help",
                other.join(" ")
            ))
        }
    };
    if let Some(unknown) = flags.keys().next() {
        return Err(format!("unknown flag {unknown}; see alif24 --help"));
    }
    Ok(Cli { command, env })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn serve_is_the_default_and_flags_mirror_the_environment() {
        let cli = parse(&args("--addr 0.0.0.0:9000")).unwrap();
        assert_eq!(cli.command, Command::Serve);
        assert_eq!(cli.env["ALIF24_ADDR"], "0.0.0.0:9000");
    }

    #[test]
    fn admin_create_needs_email_and_password() {
        let cli = parse(&args("admin create --email a@b.uz --password=secret123")).unwrap();
        assert!(matches!(cli.command, Command::AdminCreate { ref email, .. } if email == "a@b.uz"));
        assert!(parse(&args("admin create --email a@b.uz")).is_err());
        assert!(parse(&args("frobnicate")).is_err());
        assert!(parse(&args("serve --colour red")).is_err());
    }

    #[test]
    fn backup_and_restore_take_a_folder_a_file_and_force() {
        let cli = parse(&args("backup")).unwrap();
        assert_eq!(
            cli.command,
            Command::Backup {
                out: "backups".into()
            }
        );
        let cli = parse(&args("backup --out /var/backups/alif24")).unwrap();
        assert_eq!(
            cli.command,
            Command::Backup {
                out: "/var/backups/alif24".into()
            }
        );
        let cli = parse(&args("restore b.db --force")).unwrap();
        assert_eq!(
            cli.command,
            Command::Restore {
                file: "b.db".into(),
                force: true
            }
        );
        let cli = parse(&args("restore b.db")).unwrap();
        assert_eq!(
            cli.command,
            Command::Restore {
                file: "b.db".into(),
                force: false
            }
        );
        assert!(parse(&args("restore")).is_err());
        assert!(parse(&args("serve --force")).is_err());
    }

    #[test]
    fn seed_demo_takes_switches_without_values() {
        let cli = parse(&args("seed --demo --force")).unwrap();
        assert_eq!(cli.command, Command::SeedDemo { force: true });
        let cli = parse(&args("seed --demo --database-url sqlite://demo.db")).unwrap();
        assert_eq!(cli.command, Command::SeedDemo { force: false });
        assert_eq!(cli.env["DATABASE_URL"], "sqlite://demo.db");
        assert!(parse(&args("seed")).is_err());
        assert!(parse(&args("serve --force")).is_err());
    }
}
