//! `reqwest::Response::decode` (feature `reqwest`): a reqwest response is an
//! `http::Response` whose body is an `http_body::Body`, decoded as any other.

use super::{Decode, Decoder, Remote};

/// Decodes a `reqwest::Response` into `#[subset(client)]` enums (feature `reqwest`):
/// `response.decode::<GetUser, GetUserError>().await`, as [`decode`](super::decode) does.
pub trait ResponseExt: sealed::Sealed {
    /// The success enum `T`, or [`Remote<E>`], reading at most 1 MiB of content.
    ///
    /// # Errors
    ///
    /// A variant of `E`, a response neither enum declares, or one that does not decode.
    fn decode<T: Decode, E: Decode>(self) -> impl Future<Output = Result<T, Remote<E>>>;

    /// The same with another limit on the content: `response.decode_with(Decoder::with_limit(n))`.
    ///
    /// # Errors
    ///
    /// As [`decode`](Self::decode), and content over the decoder's limit.
    fn decode_with<T: Decode, E: Decode>(self, decoder: Decoder) -> impl Future<Output = Result<T, Remote<E>>>;
}

impl ResponseExt for reqwest::Response {
    async fn decode<T: Decode, E: Decode>(self) -> Result<T, Remote<E>> {
        self.decode_with(Decoder::new()).await
    }

    async fn decode_with<T: Decode, E: Decode>(self, decoder: Decoder) -> Result<T, Remote<E>> {
        decoder.decode(http::Response::<reqwest::Body>::from(self)).await
    }
}

/// Only reqwest's response takes these methods.
mod sealed {
    pub trait Sealed {}
    impl Sealed for reqwest::Response {}
}
