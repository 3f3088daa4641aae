//! Running the server: logs, start-up banner, background upkeep and graceful shutdown.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use kernel::clock::SystemClock;
use kernel::config::Config;
use kernel::AppState;

/// Serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let addr = config.addr;
    let (state, router) = crate::build(config, Arc::new(SystemClock)).await?;
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
    tokio::spawn(upkeep(state.clone()));
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("server stopped with an error")?;
    state.db.close().await;
    Ok(())
}

/// Hourly: forget tokens that expired more than a day ago.
async fn upkeep(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tick.tick().await;
        let cutoff = state.now_ms() - 86_400_000;
        match accounts::store::sessions::delete_expired_tokens(state.db.pool(), cutoff).await {
            Ok(n) if n > 0 => tracing::info!(tokens.deleted = n, "expired tokens removed"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "token clean-up failed"),
        }
    }
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
