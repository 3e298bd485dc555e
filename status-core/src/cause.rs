//! The cause of a 5xx response: [`Cause`], the error a response keeps in its extensions so a
//! middleware can read it, and the helpers generated code uses to reach an error's
//! `source()`.

#[cfg(feature = "alloc")]
use alloc::sync::Arc;
use core::error::Error;
#[cfg(feature = "alloc")]
use core::fmt;

/// The error behind a 5xx response, kept in the response's extensions.
///
/// When a subset builds the response of a 5xx variant that has a source (a `#[from]` or
/// `#[source]` field, a field named `source`, or thiserror's `#[error(transparent)]`), it logs
/// the error with its `source()` chain at ERROR through `tracing` (unless the enum says
/// `#[subset(log = "off")]`), and inserts the error itself into the response as a `Cause`:
/// with axum into `Response::extensions()`, with actix-web's `Responder` into
/// `HttpResponse::extensions()`. (actix-web's `ResponseError` path keeps the error in
/// `HttpResponse::error()` itself.) The error must be `Send + Sync + 'static` to be kept; one
/// that is not is still logged.
///
/// ```
/// # #[cfg(feature = "axum")] {
/// use axum_core::response::Response;
/// use status_core::Cause;
///
/// // In a middleware, after the handler ran:
/// fn log_cause(response: &Response) {
///     if let Some(cause) = response.extensions().get::<Cause>() {
///         eprintln!("{} failed: {cause}", cause.code());
///         if let Some(io) = cause.downcast_ref::<std::io::Error>() {
///             eprintln!("an I/O error: {:?}", io.kind());
///         }
///     }
/// }
/// # }
/// ```
#[cfg(feature = "alloc")]
#[derive(Clone)]
pub struct Cause {
    error: Arc<dyn Error + Send + Sync + 'static>,
    code: u16,
}

#[cfg(feature = "alloc")]
impl Cause {
    /// Keeps `error`, the value of a variant with status `code`.
    pub fn new(code: u16, error: impl Error + Send + Sync + 'static) -> Self {
        Cause { error: Arc::new(error), code }
    }

    /// The status code of the response.
    #[must_use]
    pub fn code(&self) -> u16 {
        self.code
    }

    /// The error (the subset's variant).
    #[must_use]
    pub fn error(&self) -> &(dyn Error + Send + Sync + 'static) {
        &*self.error
    }

    /// The error and its `source()` chain, outermost first.
    pub fn chain(&self) -> impl Iterator<Item = &(dyn Error + 'static)> {
        let first: &(dyn Error + 'static) = &*self.error;
        core::iter::successors(Some(first), |e: &&(dyn Error + 'static)| (*e).source())
    }

    /// The first error of the chain of type `E`: the subset itself, or one of its sources.
    #[must_use]
    pub fn downcast_ref<E: Error + 'static>(&self) -> Option<&E> {
        self.chain().find_map(|e| e.downcast_ref::<E>())
    }
}

#[cfg(feature = "alloc")]
impl fmt::Display for Cause {
    /// The error and its sources, joined by `": "`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Chain(&*self.error).fmt(f)
    }
}

#[cfg(feature = "alloc")]
impl fmt::Debug for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cause").field("code", &self.code).field("error", &self.error).finish()
    }
}

/// An error and its `source()` chain, written `outer: inner: innermost`.
#[cfg(feature = "alloc")]
pub(crate) struct Chain<'a>(pub &'a dyn Error);

#[cfg(feature = "alloc")]
impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        let mut source = self.0.source();
        while let Some(e) = source {
            write!(f, ": {e}")?;
            source = e.source();
        }
        Ok(())
    }
}

/// A value on its way to becoming a [`Cause`]: generated code calls `into_cause` on it, which
/// `SharedCause` answers for errors that can be kept and `LocalCause` for the others
/// (method resolution tries the by-value impl first).
#[cfg(feature = "alloc")]
#[doc(hidden)]
pub struct CauseOf<E>(pub u16, pub E);

#[cfg(feature = "alloc")]
#[doc(hidden)]
pub trait SharedCause {
    fn into_cause(self) -> Option<Cause>;
}

#[cfg(feature = "alloc")]
impl<E: Error + Send + Sync + 'static> SharedCause for CauseOf<E> {
    fn into_cause(self) -> Option<Cause> {
        Some(Cause::new(self.0, self.1))
    }
}

#[cfg(feature = "alloc")]
#[doc(hidden)]
pub trait LocalCause {
    fn into_cause(self) -> Option<Cause>;
}

#[cfg(feature = "alloc")]
impl<E> LocalCause for &CauseOf<E> {
    fn into_cause(self) -> Option<Cause> {
        None
    }
}

/// A `#[from]`/`#[source]` field as `&dyn Error`: the field itself when it is an error, or what
/// it dereferences to (`anyhow::Error`, `Box<dyn Error + Send + Sync>`).
#[doc(hidden)]
pub trait AsDynError<'a> {
    fn as_dyn_error(&self) -> &(dyn Error + 'a);
}

impl<'a, T: Error + 'a> AsDynError<'a> for T {
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + 'a {
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + Send + 'a {
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + Send + Sync + 'a {
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

/// A cause to log, chosen by what it is (method resolution tries the most references first):
/// an error, with its `source()` chain ([`LogAsError`]); a pointer to one, such as
/// `anyhow::Error` or `Box<dyn Error>` ([`LogAsDerefError`]); or a value that is only `Debug +
/// Display`, by its text ([`LogAsDisplay`]). What `__log_cause!` calls.
#[doc(hidden)]
pub struct LogCause<'a, T: ?Sized>(pub &'a T);

#[doc(hidden)]
pub trait LogAsError {
    fn log_into<S: crate::respond::Sink>(&self, sink: &mut S);
}

impl<T: Error> LogAsError for &&&LogCause<'_, T> {
    fn log_into<S: crate::respond::Sink>(&self, sink: &mut S) {
        sink.cause(self.0);
    }
}

#[doc(hidden)]
pub trait LogAsDerefError {
    fn log_into<S: crate::respond::Sink>(&self, sink: &mut S);
}

impl<T: ?Sized + core::ops::Deref> LogAsDerefError for &&LogCause<'_, T>
where
    for<'e> T::Target: AsDynError<'e>,
{
    fn log_into<S: crate::respond::Sink>(&self, sink: &mut S) {
        sink.cause((**self.0).as_dyn_error());
    }
}

#[doc(hidden)]
pub trait LogAsDisplay {
    fn log_into<S: crate::respond::Sink>(&self, sink: &mut S);
}

impl<T: core::fmt::Display> LogAsDisplay for &LogCause<'_, T> {
    fn log_into<S: crate::respond::Sink>(&self, sink: &mut S) {
        sink.cause_text(self.0);
    }
}
