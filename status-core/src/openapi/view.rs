//! `view!`: a part of a shared enum, documented as the responses of one operation.

/// Declares a view of a generated enum: a unit struct implementing `utoipa::IntoResponses`
/// with the responses of the variants it names only, for the `responses(..)` of one operation.
///
/// A service keeps one error enum that `?`, its helpers and its constraint mappers all return,
/// while each endpoint documents only the codes it can answer with. Handlers still return the
/// enum; the view exists for the document. Each name is checked against the enum when the crate
/// compiles: a misspelt variant is rustc's error naming it ("no variant named `NotFund`"). A
/// `#[status(transparent)]` variant brings every response of the subset it holds.
///
/// ```
/// #[status_core::subset]
/// #[derive(Debug)]
/// pub enum ApiError {
///     /// No such user.
///     NotFound,
///     /// The user exists already.
///     Conflict,
///     /// The request was not authenticated.
///     Unauthorized { #[header("WWW-Authenticate")] challenge: String },
/// }
///
/// status_core::openapi::view! {
///     /// What `GET /users/{id}` can fail with.
///     pub struct GetUserErrors = ApiError { NotFound, Unauthorized };
///     /// What `POST /users` can fail with.
///     pub struct CreateUserErrors = ApiError { Conflict, Unauthorized };
/// }
///
/// use utoipa::IntoResponses;
/// let codes: Vec<String> = GetUserErrors::responses().into_keys().collect();
/// assert_eq!(codes, ["401", "404"]);
/// ```
///
/// In a document: `#[utoipa::path(get, path = "/users/{id}", responses(GetUser, GetUserErrors))]`.
///
/// A name that is not a variant of the enum does not compile:
///
/// ```compile_fail,E0599
/// #[status_core::subset]
/// #[derive(Debug)]
/// pub enum ApiError {
///     /// No such user.
///     NotFound,
/// }
///
/// status_core::openapi::view! {
///     /// What `GET /users/{id}` can fail with.
///     pub struct GetUserErrors = ApiError { NotFund };
/// }
/// ```
#[doc(hidden)] // shown as `openapi::view!`, re-exported inline there
#[macro_export]
macro_rules! __openapi_view {
    ($(
        $(#[$attr:meta])*
        $vis:vis struct $name:ident = $($enum:ident)::+ { $($variant:ident),+ $(,)? };
    )*) => {$(
        $(#[$attr])*
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy)]
        $vis struct $name;

        impl $crate::__private::utoipa::IntoResponses for $name {
            fn responses() -> $crate::__private::BTreeMap<
                $crate::__private::String,
                $crate::__private::utoipa::openapi::RefOr<$crate::__private::utoipa::openapi::Response>,
            > {
                <$($enum)::+ as $crate::__private::VariantResponses>::variant_responses(
                    ::core::option::Option::Some(&[$(::core::stringify!($variant)),+]),
                )
            }
        }

        // Each name is a variant of the enum: a pattern of each, so a misspelt one is rustc's
        // error naming it. (An alias, as `$enum` cannot repeat inside the variants' repetition.)
        const _: () = {
            #[allow(dead_code)]
            type __Enum = $($enum)::+;
            #[allow(dead_code, unreachable_patterns)]
            fn __variants(value: &__Enum) {
                match value {
                    $(__Enum::$variant { .. } => {})+
                    _ => {}
                }
            }
        };
    )*};
}
