//! What people do, counted for operators: sign-ups, logins, finished activities and attempts,
//! open WebSockets. Domains name the event with a type; only the kernel knows Prometheus.

use prometheus::{IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry};

use crate::auth::Role;

/// How a login attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoginResult {
    Ok,
    /// Wrong identifier or password (one answer for both).
    Wrong,
    /// Refused before the password was checked: too many attempts.
    Throttled,
}

impl LoginResult {
    pub const ALL: [LoginResult; 3] = [Self::Ok, Self::Wrong, Self::Throttled];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Wrong => "wrong",
            Self::Throttled => "throttled",
        }
    }
}

/// A product event worth counting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Product {
    /// A new account, by the role it signed up with.
    SignUp(Role),
    Login(LoginResult),
    /// A Harf activity (see, trace, find…) recorded with its stars.
    HarfActivityFinished,
    /// An exam attempt graded and closed (handed in or timed out).
    ExamAttemptFinished,
}

/// A WebSocket's purpose, the `kind` label of the connections gauge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SocketKind {
    /// The teacher's big screen of a live quiz.
    LiveQuizHost,
    /// A child's phone in a live quiz.
    LiveQuizPlayer,
}

impl SocketKind {
    pub const ALL: [SocketKind; 2] = [Self::LiveQuizHost, Self::LiveQuizPlayer];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::LiveQuizHost => "live_quiz_host",
            Self::LiveQuizPlayer => "live_quiz_player",
        }
    }
}

/// One open WebSocket: counted while this guard lives (keep it in the handler's task).
#[must_use = "the connection is counted only while the guard lives"]
pub struct SocketGuard(IntGauge);

impl Drop for SocketGuard {
    fn drop(&mut self) {
        self.0.dec();
    }
}

/// The product counters and the WebSocket gauge of one registry.
#[derive(Clone)]
pub(super) struct ProductMetrics {
    signups: IntCounterVec,
    logins: IntCounterVec,
    harf_activities: IntCounter,
    exam_attempts: IntCounter,
    sockets: IntGaugeVec,
}

impl ProductMetrics {
    /// Every series starts at zero, so dashboards show a line before the first event.
    pub(super) fn new(registry: &Registry) -> Self {
        let vec = |name: &str, help: &str, label: &str| {
            let v = IntCounterVec::new(Opts::new(name, help), &[label]).expect("metric");
            registry.register(Box::new(v.clone())).expect("register");
            v
        };
        let counter = |name: &str, help: &str| {
            let c = IntCounter::new(name, help).expect("metric");
            registry.register(Box::new(c.clone())).expect("register");
            c
        };
        let signups = vec("signups_total", "Accounts created, by role", "role");
        let logins = vec("logins_total", "Login attempts, by result", "result");
        let sockets = IntGaugeVec::new(
            Opts::new(
                "websocket_connections",
                "Open WebSocket connections, by kind",
            ),
            &["kind"],
        )
        .expect("metric");
        registry
            .register(Box::new(sockets.clone()))
            .expect("register");
        for role in Role::ALL {
            signups.with_label_values(&[role.as_str()]);
        }
        for result in LoginResult::ALL {
            logins.with_label_values(&[result.as_str()]);
        }
        for kind in SocketKind::ALL {
            sockets.with_label_values(&[kind.as_str()]);
        }
        Self {
            signups,
            logins,
            harf_activities: counter(
                "harf_activities_finished_total",
                "Harf activities finished (a result recorded)",
            ),
            exam_attempts: counter(
                "exam_attempts_finished_total",
                "Exam attempts graded and closed",
            ),
            sockets,
        }
    }

    pub(super) fn count(&self, event: Product) {
        match event {
            Product::SignUp(role) => self.signups.with_label_values(&[role.as_str()]).inc(),
            Product::Login(r) => self.logins.with_label_values(&[r.as_str()]).inc(),
            Product::HarfActivityFinished => self.harf_activities.inc(),
            Product::ExamAttemptFinished => self.exam_attempts.inc(),
        }
    }

    pub(super) fn socket(&self, kind: SocketKind) -> SocketGuard {
        let gauge = self.sockets.with_label_values(&[kind.as_str()]);
        gauge.inc();
        SocketGuard(gauge)
    }
}
