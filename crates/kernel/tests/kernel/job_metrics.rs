//! The job runner counts every run and every failure by job name in `/metrics`.

use std::sync::Arc;
use std::time::Duration;

use kernel::clock::{Clock, ManualClock};
use kernel::jobs::runner::Runner;
use kernel::jobs::{NewJob, Registry, RetryPolicy};
use kernel::metrics::Metrics;

use crate::support::TestDb;

const START: i64 = 1_800_000_000_000;

/// The value of one series in the exposition, `None` when it is absent.
fn value(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test]
async fn job_runs_and_failures_are_counted_by_job_name() {
    let test_db = TestDb::create().await;
    let db = test_db.connect().await;
    let mut jobs = Registry::<()>::new();
    jobs.every("test.tick", Duration::from_secs(60), |_| async { Ok(()) });
    jobs.queued(
        "test.send",
        RetryPolicy::default(),
        |_, payload| async move {
            anyhow::ensure!(payload != "fail", "the provider refused");
            Ok(())
        },
    );
    jobs.queued("test.never", RetryPolicy::default(), |_, _| async {
        Ok(())
    });
    let metrics = Metrics::new();
    let clock = Arc::new(ManualClock::new(START));
    let runner =
        Runner::new(db.clone(), clock as Arc<dyn Clock>, jobs, ()).metrics(metrics.clone());
    for payload in ["ok", "fail", "ok"] {
        kernel::jobs::enqueue(db.pool(), &NewJob::new("test.send", payload), START)
            .await
            .unwrap();
    }
    assert_eq!(runner.run_due().await.unwrap(), 4);
    let text = metrics.render();
    let runs = |job: &str| value(&text, &format!("alif24_job_runs_total{{job=\"{job}\"}}"));
    let failures = |job: &str| {
        value(
            &text,
            &format!("alif24_job_failures_total{{job=\"{job}\"}}"),
        )
    };
    assert_eq!(runs("test.tick"), Some(1.0));
    assert_eq!(failures("test.tick"), Some(0.0));
    assert_eq!(runs("test.send"), Some(3.0));
    assert_eq!(failures("test.send"), Some(1.0));
    // A job that never ran still has its series, at zero.
    assert_eq!(runs("test.never"), Some(0.0));
    assert_eq!(failures("test.never"), Some(0.0));
}
