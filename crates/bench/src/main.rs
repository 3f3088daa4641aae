//! `bench`: measures the release `alif24` server the way an operator would run it.
//!
//! Starts the binary beside this one on a fresh database, seeds it through the CLI and the
//! API, drives each scenario with its own keep-alive HTTP/1.1 client and prints Markdown
//! tables. Never part of `cargo test`: it needs a release build and the whole machine.

mod api;
mod args;
mod database;
mod http;
mod live;
mod load;
mod report;
mod scenarios;
mod seed;
mod server;
mod stats;

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context;

use crate::args::{Args, Db};
use crate::server::Launch;

/// Sessions older than this are renewed before a scenario (access tokens live 15 minutes).
const RENEW_AFTER: Duration = Duration::from_secs(600);

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let args = match args::parse(&raw, std::env::var("ALIF24_BENCH_DATABASE_URL").ok()) {
        Ok(a) if a.help => {
            print!("{}", args::USAGE);
            return ExitCode::SUCCESS;
        }
        Ok(a) => a,
        Err(e) => {
            eprintln!("bench: {e}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    let Some(binary) = server::find_binary() else {
        eprintln!(
            "bench: no alif24 binary next to this one; build it first: cargo build --release"
        );
        return ExitCode::from(2);
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    match runtime.block_on(run(args, &binary)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args, binary: &std::path::Path) -> anyhow::Result<()> {
    let machine = report::machine();
    let dir = std::env::temp_dir().join(format!("alif24-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let db = match (args.db, &args.database_url) {
        (Db::Postgres, Some(url)) => database::Fresh::postgres(url, args.reset_database).await?,
        _ => database::Fresh::sqlite(&dir),
    };
    let log = dir.join("server.log");
    let addr: SocketAddr = ([127, 0, 0, 1], server::free_port()?).into();
    let launch = Launch {
        binary,
        addr,
        database_url: &db.url,
        redis_url: args.redis_url.as_deref(),
        log: &log,
    };
    eprintln!("bench: server log in {}", log.display());
    let server = launch.start().await?;
    eprintln!("bench: started in {} ms", server.start_time.as_millis());
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle_start_kib = server::rss_kib(server.pid()).unwrap_or(0);

    seed::create_admin(binary, &launch)?;
    let mut api = api::Api::new(addr);
    let mut world = seed::seed(&mut api).await.context("seeding")?;
    let mut seeded_at = Instant::now();
    eprintln!("bench: seeded {} students", world.students.len());
    tokio::time::sleep(Duration::from_secs(2)).await;
    let idle_seeded_kib = server::rss_kib(server.pid()).unwrap_or(0);

    if !args.live.is_empty() {
        // With --live-relay, a second server on the same database and Redis.
        let relay_log = dir.join("relay.log");
        let relay = match args.live_relay {
            true => {
                let addr: SocketAddr = ([127, 0, 0, 1], server::free_port()?).into();
                let replica = Launch {
                    addr,
                    log: &relay_log,
                    ..launch
                };
                Some(replica.start().await?)
            }
            false => None,
        };
        let mut crowds = Vec::new();
        for &n in &args.live {
            eprintln!("bench: live quiz with {n} phones …");
            crowds.push(live::crowd(&server, relay.as_ref(), &world, n).await?);
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
        server.stop().await?;
        if let Some(relay) = relay {
            relay.stop().await?;
        }
        let how = match args.live_relay {
            true => ", half the phones through a second replica",
            false => "",
        };
        println!(
            "### Live quiz{how}, {}\n\n{}",
            machine,
            live::table(&crowds)
        );
        return Ok(());
    }
    let mut rows = Vec::new();
    let count = scenarios::plans(&world, args.connections).len();
    for i in 0..count {
        if seeded_at.elapsed() > RENEW_AFTER {
            seed::renew(&mut api, &mut world).await?;
            seeded_at = Instant::now();
        }
        let (name, kind, lists) = scenarios::plans(&world, args.connections).swap_remove(i);
        if !scenarios::chosen(name, kind, &args.only) {
            continue;
        }
        eprintln!("bench: {name} …");
        let row = scenarios::run(&server, name, kind, lists, args.seconds).await;
        if row.outcome.error_count() > 0 {
            eprintln!("bench: {name}: errors {}", row.outcome.error_summary());
        }
        if let Some(half) = row.half.as_ref().filter(|h| h.outcome.error_count() > 0) {
            let errors = half.outcome.error_summary();
            eprintln!("bench: {name} at half load: errors {errors}");
        }
        rows.push(row);
        // Let the server settle (WAL checkpoints, idle hashing threads) between runs.
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    if seeded_at.elapsed() > RENEW_AFTER {
        seed::renew(&mut api, &mut world).await?;
    }
    let memory = if args.only.is_empty() {
        eprintln!("bench: memory: 1,000 logins, then 200 connections …");
        Some(scenarios::memory(&server, &world, args.seconds).await)
    } else {
        None
    };
    drop(api);
    let start = server.start_time;
    let stop = server.stop().await?;
    let life = report::Lifecycle {
        start,
        idle_start_kib,
        idle_seeded_kib,
        accounts: world.students.len() + 2,
        stop,
    };
    let setup = report::Setup {
        database: match args.db {
            Db::Sqlite => "SQLite",
            Db::Postgres => "PostgreSQL",
        },
        seconds: args.seconds,
        connections: args.connections,
        redis: args.redis_url.is_some(),
        machine,
    };
    println!("{}", report::render(&setup, &rows, memory.as_ref(), &life));
    // The database goes with `db`; the server log stays for a look.
    drop(db);
    Ok(())
}
