//! Route kinds. Every route belongs to one kind, chosen where it is mounted, and the kind decides
//! the request policy: how the caller is identified, whether CSRF applies, and how errors look.
//!
//! | kind | who is the caller | CSRF | errors |
//! |---|---|---|---|
//! | pages | cookies (a spent access cookie is refreshed) | on every write | HTML page; 401 redirects to the login |
//! | API (`/api/v1/…`) | bearer token, or cookies | on cookie-authenticated writes | JSON envelope |
//! | WebSocket (`/ws/…`) | cookies or bearer token, after an Origin check | no (Origin check instead) | JSON envelope before the upgrade, close codes after |
//! | provider webhooks (`/hooks/…`) | nobody: the provider's own authentication in the handler | no | the provider's reply format, written by the handler |
//! | operations (`/healthz`, `/readyz`, `/metrics`, `/static/…`) | nobody | no | plain |

use axum::extract::{Request, State};
use axum::middleware::{from_fn_with_state, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;

use crate::error::AppError;
use crate::state::AppState;

/// The kind of a route; see the module's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RouteKind {
    Page,
    Api,
    WebSocket,
    Hook,
    Ops,
}

impl RouteKind {
    /// Whether errors of this kind are answered as the JSON envelope.
    pub fn speaks_json(self) -> bool {
        matches!(self, Self::Api | Self::WebSocket | Self::Hook)
    }
}

/// The routes of one module, sorted by kind.
#[derive(Default)]
pub struct Routes {
    pub pages: Router<AppState>,
    pub api: Router<AppState>,
    pub sockets: Router<AppState>,
    pub hooks: Router<AppState>,
    pub ops: Router<AppState>,
}

impl Routes {
    pub fn pages(mut self, r: Router<AppState>) -> Self {
        self.pages = self.pages.merge(r);
        self
    }

    pub fn api(mut self, r: Router<AppState>) -> Self {
        self.api = self.api.merge(r);
        self
    }

    pub fn sockets(mut self, r: Router<AppState>) -> Self {
        self.sockets = self.sockets.merge(r);
        self
    }

    pub fn hooks(mut self, r: Router<AppState>) -> Self {
        self.hooks = self.hooks.merge(r);
        self
    }

    pub fn ops(mut self, r: Router<AppState>) -> Self {
        self.ops = self.ops.merge(r);
        self
    }

    /// One router with each kind's policy layered on its routes.
    pub fn mount(self, state: &AppState) -> Router<AppState> {
        Router::new()
            .merge(with_kind(state, RouteKind::Page, self.pages))
            .merge(with_kind(state, RouteKind::Api, self.api))
            .merge(with_kind(state, RouteKind::WebSocket, self.sockets))
            .merge(with_kind(state, RouteKind::Hook, self.hooks))
            .merge(self.ops)
    }
}

/// Layers `kind`'s policy on every route of `router`.
pub fn with_kind(state: &AppState, kind: RouteKind, router: Router<AppState>) -> Router<AppState> {
    let state = state.clone();
    match kind {
        RouteKind::Page => router.layer(from_fn_with_state(state, page_policy)),
        RouteKind::Api => router.layer(from_fn_with_state(state, api_policy)),
        RouteKind::WebSocket => router.layer(from_fn_with_state(state, socket_policy)),
        RouteKind::Hook => router.layer(from_fn_with_state(state, hook_policy)),
        RouteKind::Ops => router,
    }
}

async fn page_policy(State(state): State<AppState>, req: Request, next: Next) -> Response {
    crate::context::with_context(&state, req, next, RouteKind::Page).await
}

async fn api_policy(State(state): State<AppState>, req: Request, next: Next) -> Response {
    crate::context::with_context(&state, req, next, RouteKind::Api).await
}

/// WebSockets: browsers send cookies to a socket of any origin, so the `Origin` must be ours.
async fn socket_policy(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !crate::context::same_origin(&state, req.headers()) {
        let err = AppError::forbidden().with_code("bad_origin");
        return crate::context::render_bare(&state, &err, RouteKind::WebSocket, req.headers());
    }
    crate::context::with_context(&state, req, next, RouteKind::WebSocket).await
}

/// Webhooks: no cookies are read and no CSRF applies; the handler authenticates the provider.
async fn hook_policy(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let headers = req.headers().clone();
    let response = next.run(req).await;
    crate::context::finish_bare(&state, response, RouteKind::Hook, &headers)
}

/// What an unknown path answers: the envelope under `/api/`, `/ws/` and `/hooks/`, a page
/// elsewhere. Mounted as the app's fallback.
pub fn fallback(state: &AppState) -> Router<AppState> {
    let api = Router::new().fallback(not_found);
    let pages = Router::new().fallback(not_found);
    Router::new()
        .nest("/api", with_kind(state, RouteKind::Api, api.clone()))
        .nest("/ws", with_kind(state, RouteKind::Api, api.clone()))
        .nest("/hooks", with_kind(state, RouteKind::Hook, api))
        .merge(with_kind(state, RouteKind::Page, pages))
}

async fn not_found() -> Response {
    AppError::not_found().into_response()
}
