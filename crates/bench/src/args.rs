//! The benchmark's command line.

pub const USAGE: &str = "\
Measures the release server: starts target/release/alif24 on a fresh database, seeds it
through the API, drives load and prints Markdown tables.

Usage:
  cargo build --release && cargo run --release -p bench -- [options]

Options:
  --db sqlite|postgres     database to run on (default sqlite: a new temporary file)
  --database-url URL       PostgreSQL database to use (or ALIF24_BENCH_DATABASE_URL); it is
                           EMPTIED (DROP SCHEMA public CASCADE) and must have \"bench\" in its
                           name unless --reset-database is given
  --reset-database         empty the PostgreSQL database whatever its name
  --redis-url URL          pass REDIS_URL to the server
  --seconds N              length of each scenario (default 10)
  --connections N          connections of the read and write scenarios (default 64)
  --live N[,N…]            instead of the table: a live quiz game with N phones on WebSockets
                           (e.g. --live 1000,5000,10000), broadcast and answer latency
  --live-relay             with --live and --redis-url: a second server on the same database
                           and Redis; every other phone joins through it (the relay)
  --only WORD[,WORD…]      run only the scenarios whose name contains a word (the ceiling
                           always runs) and skip the memory part
";

/// Which database the run uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Args {
    pub db: Db,
    pub database_url: Option<String>,
    pub reset_database: bool,
    pub redis_url: Option<String>,
    pub seconds: u64,
    pub connections: usize,
    /// Words naming the scenarios to run; empty = all, and the memory part.
    pub only: Vec<String>,
    /// Live quiz crowds to play instead of the table.
    pub live: Vec<usize>,
    /// Half the phones join through a second replica.
    pub live_relay: bool,
    pub help: bool,
}

/// Parses the arguments (without the program name); `env_url` is
/// `ALIF24_BENCH_DATABASE_URL`.
pub fn parse(args: &[String], env_url: Option<String>) -> Result<Args, String> {
    let mut a = Args {
        db: Db::Sqlite,
        database_url: env_url,
        reset_database: false,
        redis_url: None,
        seconds: 10,
        connections: 64,
        only: Vec::new(),
        live: Vec::new(),
        live_relay: false,
        help: false,
    };
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (flag.as_str(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or(format!("{name} needs a value"))
        };
        match name {
            "-h" | "--help" => a.help = true,
            "--reset-database" => a.reset_database = true,
            "--db" => {
                a.db = match value()?.as_str() {
                    "sqlite" => Db::Sqlite,
                    "postgres" => Db::Postgres,
                    other => return Err(format!("--db must be sqlite or postgres, not {other:?}")),
                }
            }
            "--database-url" => a.database_url = Some(value()?),
            "--redis-url" => a.redis_url = Some(value()?),
            "--seconds" => a.seconds = number(name, &value()?)?,
            "--connections" => a.connections = number(name, &value()?)? as usize,
            "--live" => {
                let v = value()?;
                a.live = v
                    .split(',')
                    .map(|n| number(name, n.trim()).map(|n| n as usize))
                    .collect::<Result<_, _>>()?;
            }
            "--live-relay" => a.live_relay = true,
            "--only" => {
                a.only = value()?
                    .split(',')
                    .map(|w| w.trim().to_lowercase())
                    .filter(|w| !w.is_empty())
                    .collect();
                if a.only.is_empty() {
                    return Err("--only needs at least one word".into());
                }
            }
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    if a.db == Db::Postgres && a.database_url.is_none() {
        return Err("--db postgres needs --database-url (or ALIF24_BENCH_DATABASE_URL)".into());
    }
    if a.db == Db::Sqlite {
        a.database_url = None;
    }
    if a.live_relay && (a.live.is_empty() || a.redis_url.is_none()) {
        return Err("--live-relay needs --live and --redis-url".into());
    }
    Ok(a)
}

fn number(name: &str, v: &str) -> Result<u64, String> {
    match v.parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!(
            "{name} must be a whole number from 1 up, not {v:?}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn defaults_are_sqlite_ten_seconds_and_64_connections() {
        let a = parse(&[], Some("postgres://h/x".into())).unwrap();
        assert_eq!((a.db, a.seconds, a.connections), (Db::Sqlite, 10, 64));
        assert_eq!(a.database_url, None);
    }

    #[test]
    fn postgres_needs_a_url_from_the_flag_or_the_environment() {
        assert!(parse(&args("--db postgres"), None).is_err());
        let a = parse(
            &args("--db=postgres --seconds 3"),
            Some("postgres://h/b".into()),
        )
        .unwrap();
        assert_eq!((a.db, a.seconds), (Db::Postgres, 3));
        assert_eq!(a.database_url.as_deref(), Some("postgres://h/b"));
        let a = parse(
            &args("--db postgres --database-url postgres://h/c --reset-database"),
            None,
        )
        .unwrap();
        assert!(a.reset_database);
        assert_eq!(a.database_url.as_deref(), Some("postgres://h/c"));
    }

    #[test]
    fn bad_values_are_refused() {
        assert!(parse(&args("--seconds 0"), None).is_err());
        assert!(parse(&args("--connections x"), None).is_err());
        assert!(parse(&args("--db mysql"), None).is_err());
        assert!(parse(&args("--fast"), None).is_err());
        assert!(parse(&args("--seconds"), None).is_err());
        assert!(parse(&args("--only ,"), None).is_err());
    }

    #[test]
    fn live_takes_crowd_sizes_separated_by_commas() {
        let a = parse(&args("--live 1000,5000"), None).unwrap();
        assert_eq!(a.live, vec![1000, 5000]);
        assert!(parse(&args("--live 10,x"), None).is_err());
        assert!(parse(&args("--live 0"), None).is_err());
    }

    #[test]
    fn only_takes_lowercase_words_separated_by_commas() {
        let a = parse(&args("--only Users,me"), None).unwrap();
        assert_eq!(a.only, vec!["users", "me"]);
        assert!(parse(&[], None).unwrap().only.is_empty());
    }
}
