//! A fixed set of hashing threads, each owning one reusable argon2 memory block, fed by a
//! bounded queue. Memory stays at `workers × 19 MiB` however many logins arrive at once (and
//! goes back after a few idle seconds); a request that finds the queue full, or waits too long
//! in it, is refused with 503 `busy` (logged by the error layer like every 5xx). The queue's
//! length, the hashes running, the refusals and each hash's time are in `/metrics`.

use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use argon2::Block;
use kernel::AppError;
use tokio::sync::oneshot;

/// Work for a hashing thread: it gets the thread's memory block, grown as the parameters need.
type Work = Box<dyn FnOnce(&mut Vec<Block>) + Send>;

struct Job {
    queued_at: Instant,
    work: Work,
    /// Told `false` when the job waited too long and was dropped unrun.
    started: oneshot::Sender<bool>,
}

/// The hashing threads and their queue.
pub struct HashPool {
    queue: SyncSender<Job>,
    max_wait: Duration,
}

/// Seconds a refused client is asked to wait (`Retry-After`).
pub const BUSY_RETRY_S: u64 = 2;

/// 503 `busy`: every hashing thread is taken and the queue is full.
pub fn busy() -> AppError {
    let mut e = AppError::new(axum::http::StatusCode::SERVICE_UNAVAILABLE, "busy");
    e.retry_after_s = Some(BUSY_RETRY_S);
    e
}

impl HashPool {
    /// `workers` threads (at least one), at most `queue` jobs waiting, each for at most
    /// `max_wait`; a thread idle for `idle_release` frees its memory block.
    pub fn new(workers: usize, queue: usize, max_wait: Duration, idle_release: Duration) -> Self {
        let (tx, rx) = sync_channel::<Job>(queue);
        let rx = Arc::new(Mutex::new(rx));
        for n in 0..workers.max(1) {
            let rx = Arc::clone(&rx);
            std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || work(&rx, max_wait, idle_release))
                .expect("start a hashing thread");
        }
        Self {
            queue: tx,
            max_wait,
        }
    }

    /// Runs `f` on a hashing thread with that thread's memory block; 503 `busy` when the queue
    /// is full or the job could not start within the pool's wait.
    pub async fn run<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Vec<Block>) -> T + Send + 'static,
    {
        let (result_tx, result_rx) = oneshot::channel();
        let (started_tx, started_rx) = oneshot::channel();
        let job = Job {
            queued_at: Instant::now(),
            work: Box::new(move |memory| {
                let _ = result_tx.send(f(memory));
            }),
            started: started_tx,
        };
        let metrics = kernel::metrics::hashing();
        metrics.queued();
        match self.queue.try_send(job) {
            Ok(()) => {}
            Err(e) => {
                metrics.dequeued();
                return Err(match e {
                    TrySendError::Full(_) => {
                        metrics.refused();
                        busy()
                    }
                    TrySendError::Disconnected(_) => {
                        AppError::internal(anyhow::anyhow!("hashing threads stopped"))
                    }
                });
            }
        }
        match tokio::time::timeout(self.max_wait + Duration::from_secs(1), started_rx).await {
            Ok(Ok(true)) => {}
            Ok(Ok(false)) | Err(_) => {
                metrics.refused();
                return Err(busy());
            }
            Ok(Err(_)) => return Err(AppError::internal(anyhow::anyhow!("hashing job lost"))),
        }
        result_rx
            .await
            .map_err(|_| AppError::internal(anyhow::anyhow!("hashing job failed")))
    }
}

fn work(rx: &Mutex<Receiver<Job>>, max_wait: Duration, idle_release: Duration) {
    let mut memory: Vec<Block> = Vec::new();
    loop {
        let job = {
            let rx = rx.lock().unwrap_or_else(|p| p.into_inner());
            match rx.recv_timeout(idle_release) {
                Ok(job) => job,
                Err(RecvTimeoutError::Timeout) => {
                    drop(rx);
                    memory = Vec::new();
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return,
            }
        };
        kernel::metrics::hashing().dequeued();
        // A caller that gave up, or waited past its time, is not worth the hashing work.
        if job.started.is_closed() || job.queued_at.elapsed() > max_wait {
            let _ = job.started.send(false);
            continue;
        }
        if job.started.send(true).is_err() {
            continue;
        }
        let work = job.work;
        let _running = kernel::metrics::hashing().running();
        // A panic in one job must not take the thread (and its memory) with it.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(&mut memory)));
    }
}

/// Queue places per hashing thread: about three seconds of work at OWASP's parameters.
const QUEUE_PER_WORKER: usize = 32;
/// The longest a request waits for a hashing thread before it is told to come back.
pub const MAX_WAIT: Duration = Duration::from_secs(3);
/// A thread without work this long gives its memory block back, so an idle server is small.
pub const IDLE_RELEASE: Duration = Duration::from_secs(5);

/// The process's pool: one thread per core.
pub fn shared() -> &'static HashPool {
    static POOL: OnceLock<HashPool> = OnceLock::new();
    POOL.get_or_init(|| {
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        HashPool::new(workers, workers * QUEUE_PER_WORKER, MAX_WAIT, IDLE_RELEASE)
    })
}
