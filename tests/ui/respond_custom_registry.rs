// A custom registry's own header rules apply the same way.
use axum::response::IntoResponse;

#[status_core::registry(path = "ui-registries/quota.toml")]
pub enum AppStatus {}

#[status_core::subset(of = AppStatus, registry = "ui-registries/quota.toml")]
pub enum Quota {
    Ok,
    QuotaExceeded,
}

fn main() {
    let _ = Quota::QuotaExceeded.into_response();
}
