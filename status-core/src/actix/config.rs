//! The extractor configs of `status_core::actix`: for each of actix-web's `Json`, `Path`,
//! `Query` and `Form`, the status this crate gives its errors (`json_status`, ...), the config
//! with a service's own statuses (`json_config_with`, ...) and the config with this crate's
//! (`json_config`, ...), all made by `configs!` from one line each.

use super::rejection;
use crate::problem::ErrorFormat;
use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError, UrlencodedError};
use actix_web::web::{FormConfig, JsonConfig, PathConfig, QueryConfig};
use actix_web::{HttpRequest, ResponseError};

/// The status [`json_config`] answers an error with: `415` for
/// `JsonPayloadError::ContentType` (actix-web says 400, where RFC 9110, Section 15.5.16, axum
/// and actix-web's own form extractor say 415), actix-web's otherwise (`413` over the limit,
/// `400` for a body that is not JSON or not of the type).
///
/// It is what a service's own mapping falls back to for the errors it keeps as they are:
///
/// ```
/// use actix_web::error::JsonPayloadError;
///
/// let status = |error: &JsonPayloadError| match error {
///     JsonPayloadError::Deserialize(json) if json.is_data() => 422,
///     other => status_core::actix::json_status(other),
/// };
/// assert_eq!(status(&JsonPayloadError::ContentType), 415);
/// ```
#[must_use]
pub fn json_status(error: &JsonPayloadError) -> u16 {
    match error {
        JsonPayloadError::ContentType => 415,
        _ => error.status_code().as_u16(),
    }
}

/// The status [`path_config`] answers an error with: `404`, as actix-web answers a path whose
/// parameters do not parse without a config (a path that does not parse names no resource),
/// though its `PathError` says 400.
#[must_use]
pub fn path_status(_: &PathError) -> u16 {
    404
}

/// The status [`query_config`] answers an error with: actix-web's, `400` for a query string
/// that does not fit the type.
#[must_use]
pub fn query_status(error: &QueryPayloadError) -> u16 {
    error.status_code().as_u16()
}

/// The status [`form_config`] answers an error with: actix-web's, `400` for a body that does
/// not fit the type, `415` without the form `Content-Type`, `413` over the limit.
#[must_use]
pub fn form_status(error: &UrlencodedError) -> u16 {
    error.status_code().as_u16()
}

/// For each extractor: `$config::<F>()`, the config with this crate's statuses (`$status`),
/// and `$with::<F>(status)`, the config with the service's; docs for the first are the
/// invocation's, for the second they are written here from the names.
macro_rules! configs {
    ($($(#[$doc:meta])* $config:ident, $with:ident: $Config:ident of $Error:ident by $status:ident;)*) => {$(
        $(#[$doc])*
        #[must_use]
        pub fn $config<F: ErrorFormat + 'static>() -> $Config {
            $with::<F>($status)
        }

        #[doc = concat!("`web::", stringify!($Config), "` whose errors are error bodies in the format `F` with the")]
        #[doc = "status `status` gives each: the registry's title for that status, the error's text as the"]
        #[doc = concat!("`detail`. [`", stringify!($status), "`] is the status [`", stringify!($config), "`] gives, for the")]
        #[doc = "errors a service keeps as they are; a status outside 100..=999 is answered 500."]
        #[doc = ""]
        #[doc = "Registered after [`extractors`](super::extractors), it replaces that one's config (the"]
        #[doc = "[module docs](super#a-services-own-statuses) map one error of `web::Json`):"]
        #[doc = ""]
        #[doc = "```"]
        #[doc = concat!("use actix_web::error::", stringify!($Error), ";")]
        #[doc = "use status_core::problem::Rfc9457;"]
        #[doc = ""]
        #[doc = "// Every error of it a 400."]
        #[doc = concat!("let status = |_: &", stringify!($Error), "| 400;")]
        #[doc = "let app = actix_web::App::new()"]
        #[doc = "    .configure(status_core::actix::extractors)"]
        #[doc = concat!("    .app_data(status_core::actix::", stringify!($with), "::<Rfc9457>(status));")]
        #[doc = "```"]
        #[must_use]
        pub fn $with<F: ErrorFormat + 'static>(status: impl Fn(&$Error) -> u16 + Send + Sync + 'static) -> $Config {
            $Config::default().error_handler(move |error: $Error, _: &HttpRequest| {
                let code = status(&error);
                rejection::<F, _>(if (100..=999).contains(&code) { code } else { 500 }, error)
            })
        }
    )*};
}

configs! {
    /// `web::JsonConfig` whose errors are error bodies in the format `F`: `400` for a body that
    /// is not JSON or not of the type, `415` without a JSON `Content-Type`, `413` over the limit
    /// ([`json_status`]).
    ///
    /// ```
    /// use status_core::problem::Rfc9457;
    ///
    /// let app = actix_web::App::new().app_data(status_core::actix::json_config::<Rfc9457>().limit(4096));
    /// ```
    json_config, json_config_with: JsonConfig of JsonPayloadError by json_status;

    /// `web::PathConfig` whose errors are error bodies in the format `F`: `404`, as actix-web
    /// answers a path whose parameters do not parse without a config ([`path_status`]).
    ///
    /// ```
    /// use status_core::problem::Rfc9457;
    ///
    /// let app = actix_web::App::new().app_data(status_core::actix::path_config::<Rfc9457>());
    /// ```
    path_config, path_config_with: PathConfig of PathError by path_status;

    /// `web::QueryConfig` whose errors are error bodies in the format `F`: `400` for a query
    /// string that does not fit the type ([`query_status`]).
    ///
    /// ```
    /// use status_core::problem::Rfc9457;
    ///
    /// let app = actix_web::App::new().app_data(status_core::actix::query_config::<Rfc9457>());
    /// ```
    query_config, query_config_with: QueryConfig of QueryPayloadError by query_status;

    /// `web::FormConfig` whose errors are error bodies in the format `F`: `400` for a body that
    /// does not fit the type, `415` without the form `Content-Type`, `413` over the limit
    /// ([`form_status`]).
    ///
    /// ```
    /// use status_core::problem::Rfc9457;
    ///
    /// let app = actix_web::App::new().app_data(status_core::actix::form_config::<Rfc9457>().limit(4096));
    /// ```
    form_config, form_config_with: FormConfig of UrlencodedError by form_status;
}
