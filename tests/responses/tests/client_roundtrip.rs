//! The round trip of client enums: the response each server builds for a value (axum's
//! `IntoResponse`, actix-web's `Responder`/`ResponseError`) decodes back to an equal value, for
//! arbitrary values of the contract (proptest), RFC 9457 in full and the Realworld format; and
//! the `OpenAPI` document and the decoder agree on which statuses are declared.
#![cfg(all(feature = "axum", feature = "actix-web", feature = "utoipa"))]

use proptest::prelude::*;
use status_core::client::Decode;
use status_core::client::{Remote, decode};
use status_responses::client::{GetUser, GetUserError, User, full_cases, register_cases};
use std::convert::Infallible;
use std::task::{Context, Poll, Waker};

/// The output of a future that is ready at once (the bodies here are all in memory).
fn now<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(out) => out,
        Poll::Pending => panic!("an in-memory exchange is ready at once"),
    }
}

/// The value as axum sends it, decoded.
fn through_axum<T: Decode, E: Decode>(value: Result<T, E>) -> Result<T, Remote<E>>
where
    Result<T, E>: axum::response::IntoResponse,
{
    now(decode::<T, E, _>(axum::response::IntoResponse::into_response(value)))
}

/// The value as actix-web sends it (an error through `ResponseError`), decoded.
fn through_actix<T: Decode, E: Decode>(value: Result<T, E>) -> Result<T, Remote<E>>
where
    Result<T, E>: actix_web::Responder,
{
    let request = actix_web::test::TestRequest::default().to_http_request();
    decode_actix(actix_web::Responder::respond_to(value, &request).map_into_boxed_body())
}

/// An error as actix-web's `ResponseError` sends it, decoded.
fn error_through_actix<E: Decode + actix_web::ResponseError>(error: &E) -> Result<Infallible, Remote<E>> {
    decode_actix(error.error_response())
}

/// An actix-web response, as the `http::Response` a client receives, decoded.
fn decode_actix<T: Decode, E: Decode>(response: actix_web::HttpResponse) -> Result<T, Remote<E>> {
    let mut out = axum::http::Response::builder().status(response.status().as_u16());
    for (name, value) in response.headers() {
        out = out.header(name.as_str(), value.as_bytes());
    }
    let body = now(actix_web::body::to_bytes(response.into_body())).map_err(|e| e.to_string()).unwrap();
    now(decode::<T, E, _>(out.body(http_body_util::Full::new(body)).unwrap()))
}

/// Visible ASCII and spaces inside: what a header field value may hold, as a client reads it
/// back (no surrounding whitespace, which HTTP strips).
fn field_value() -> impl Strategy<Value = String> {
    "[!-~]([ -~]{0,20}[!-~])?"
}

/// A value of the contract as plain data (the enums are not `Clone`, which proptest's values
/// are), built again for each server and for the comparison.
#[derive(Debug, Clone)]
enum Spec {
    Ok(String, u64, String),
    NotModified,
    NotFound(u64),
    TooManyRequests(Option<u32>),
    Unauthorized(String),
    Storage,
    Upstream,
}

impl Spec {
    fn build(&self) -> Result<GetUser, GetUserError> {
        match self.clone() {
            Spec::Ok(etag, id, name) => Ok(GetUser::Ok { etag, user: status_core::Json(User { id, name }) }),
            Spec::NotModified => Ok(GetUser::NotModified),
            Spec::NotFound(id) => Err(GetUserError::NotFound { id }),
            Spec::TooManyRequests(retry_after) => Err(GetUserError::TooManyRequests { retry_after }),
            Spec::Unauthorized(challenge) => Err(GetUserError::Unauthorized { challenge }),
            Spec::Storage => Err(GetUserError::Storage),
            Spec::Upstream => Err(GetUserError::Upstream),
        }
    }
}

fn specs() -> impl Strategy<Value = Spec> {
    prop_oneof![
        (field_value(), any::<u64>(), any::<String>()).prop_map(|(etag, id, name)| Spec::Ok(etag, id, name)),
        Just(Spec::NotModified),
        any::<u64>().prop_map(Spec::NotFound),
        any::<Option<u32>>().prop_map(Spec::TooManyRequests),
        field_value().prop_map(Spec::Unauthorized),
        Just(Spec::Storage),
        Just(Spec::Upstream),
    ]
}

/// A decoded answer as the value it must equal.
fn declared<T, E: std::fmt::Debug>(result: Result<T, Remote<E>>) -> Result<T, E> {
    result.map_err(|remote| match remote {
        Remote::Declared(error) => error,
        other => panic!("not declared: {other:?}"),
    })
}

proptest! {
    #[test]
    fn every_value_of_the_contract_round_trips(spec in specs()) {
        prop_assert_eq!(declared(through_axum(spec.build())), spec.build());
        prop_assert_eq!(declared(through_actix(spec.build())), spec.build());
    }
}

#[test]
fn rfc_9457_in_full_round_trips_on_both_servers() {
    for (sent, again) in full_cases().into_iter().zip(full_cases()) {
        let expected = format!("{sent:?}");
        let axum = through_axum::<Infallible, _>(Err(sent));
        let Err(Remote::Declared(back)) = axum else { panic!("{expected}: {axum:?}") };
        assert_eq!(back, again);
        let actix = error_through_actix(&back);
        let Err(Remote::Declared(back)) = actix else { panic!("{expected}: {actix:?}") };
        assert_eq!(back, again);
    }
}

#[test]
fn a_service_format_reads_its_own_bytes_back() {
    for (sent, again) in register_cases().into_iter().zip(register_cases()) {
        let axum = through_axum::<Infallible, _>(Err(sent));
        let Err(Remote::Declared(back)) = axum else { panic!("{axum:?}") };
        assert_eq!(back, again);
        let actix = error_through_actix(&back);
        let Err(Remote::Declared(back)) = actix else { panic!("{actix:?}") };
        assert_eq!(back, again);
    }
}

/// The codes an `OpenAPI` document lists for the enum.
fn documented<T: utoipa::IntoResponses>() -> Vec<u16> {
    T::responses().keys().map(|code| code.parse().unwrap()).collect()
}

#[test]
fn the_document_and_the_decoder_agree_on_every_code() {
    let listed: Vec<u16> = [documented::<GetUser>(), documented::<GetUserError>()].concat();
    assert_eq!(listed.len(), 6, "{listed:?}");
    for code in 100..=999 {
        let response = axum::http::Response::builder().status(code).body(String::new()).unwrap();
        let decoded = now(decode::<GetUser, GetUserError, _>(response));
        let undeclared = matches!(decoded, Err(Remote::Undeclared(_)));
        assert_eq!(undeclared, !listed.contains(&code), "{code}: {decoded:?}");
    }
}
