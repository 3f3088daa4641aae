//! Running the server: start-up banner, the job runner and graceful shutdown.

use std::sync::Arc;

use anyhow::Context;
use kernel::clock::SystemClock;
use kernel::config::Config;

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
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("server stopped with an error")?;
    // Running jobs finish; no new ones start.
    let _ = stop_jobs.send(true);
    let _ = jobs.await;
    state.db.close().await;
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
