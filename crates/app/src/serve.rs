//! Running the server: start-up banner, the job runner and graceful shutdown.
//!
//! On SIGTERM or Ctrl-C the app is flagged as stopping at once (`/readyz` answers 503,
//! WebSockets are told to go away) and keeps serving for `shutdown_delay`, so a load balancer
//! stops sending it work; then it stops accepting, lets requests in flight and running jobs
//! finish within `shutdown_grace`, closes the database pool and exits.

use std::future::IntoFuture;
use std::sync::Arc;

use anyhow::Context;
use kernel::clock::SystemClock;
use kernel::config::Config;
use tokio::time::Instant;

/// Serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let addr = config.addr;
    let (state, router, runner) = crate::build(config, Arc::new(SystemClock)).await?.runner();
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    println!("Alif24 is listening on http://{addr}");
    println!(
        "Database: {}",
        kernel::config::redact(&state.config.database_url)
    );
    if let Some(link) = accounts::service::setup::setup_link_if_needed(&state).await? {
        println!();
        println!(
            "No administrator exists yet. Open this one-time link (valid 24 hours) to create one:"
        );
        println!("  {link}");
        println!("or run: alif24 admin create --email E --password P");
        println!();
    }
    let (stop_jobs, stopping) = tokio::sync::watch::channel(false);
    let jobs = tokio::spawn(runner.run(stopping));
    let delay = state.config.shutdown_delay;
    let grace = state.config.shutdown_grace;
    // When the server stops accepting: the grace time counts from there.
    let (closing_tx, closing_rx) = tokio::sync::oneshot::channel::<Instant>();
    let drain = {
        let shutdown = state.shutdown.clone();
        async move {
            shutdown_signal().await;
            shutdown.begin();
            tracing::info!(
                delay_s = delay.as_secs(),
                "stopping: readiness answers 503; still serving during the delay"
            );
            tokio::time::sleep(delay).await;
            tracing::info!(
                grace_s = grace.as_secs(),
                "no longer accepting connections; finishing requests in flight"
            );
            let _ = closing_tx.send(Instant::now());
        }
    };
    let mut server = tokio::spawn(
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(drain)
        .into_future(),
    );
    let deadline = match closing_rx.await {
        Ok(closed_at) => closed_at + grace,
        // The server ended without a signal (it only does so on an error).
        Err(_) => {
            server
                .await
                .context("server task failed")?
                .context("server stopped with an error")?;
            return Ok(());
        }
    };
    match tokio::time::timeout_at(deadline, &mut server).await {
        Ok(served) => served
            .context("server task failed")?
            .context("server stopped with an error")?,
        Err(_) => tracing::warn!(
            grace_s = grace.as_secs(),
            "requests still in flight after the grace time; exiting anyway"
        ),
    }
    // Running jobs finish (no new ones start), within what is left of the grace time.
    let _ = stop_jobs.send(true);
    if tokio::time::timeout_at(deadline, jobs).await.is_err() {
        tracing::warn!("background jobs still running after the grace time; exiting anyway");
    }
    if tokio::time::timeout_at(deadline, state.db.close())
        .await
        .is_err()
    {
        tracing::warn!("database connections still lent out; exiting anyway");
    }
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
