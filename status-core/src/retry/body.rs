//! Bodies around a retry: a response body the policy can take out of a response it will not
//! return (to read it to its end), the reading itself, and a request body buffered for replay.

use bytes::{Buf, Bytes, BytesMut};
use core::future::poll_fn;
use core::pin::Pin;
use core::task::{Context, Poll};
use core::time::Duration;
use http_body::{Body, Frame, SizeHint};
use std::boxed::Box;

/// A response body that can be taken out, leaving an empty one: what lets the policy read a
/// retried response's body while tower's `Retry` still holds the response.
#[derive(Debug)]
pub(crate) struct Held<B>(pub(crate) Option<B>);

impl<B> Default for Held<B> {
    fn default() -> Self {
        Held(None)
    }
}

impl<B: Body + Unpin> Body for Held<B> {
    type Data = B::Data;
    type Error = B::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<B::Data>, B::Error>>> {
        match &mut self.get_mut().0 {
            Some(body) => Pin::new(body).poll_frame(cx),
            None => Poll::Ready(None),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.0.as_ref().is_none_or(Body::is_end_stream)
    }

    fn size_hint(&self) -> SizeHint {
        self.0.as_ref().map_or_else(|| SizeHint::with_exact(0), Body::size_hint)
    }
}

/// Reads a retried response's body to its end if it is at most `limit` bytes, so that the
/// connection goes back to the pool rather than being closed; gives up past the limit, on an
/// error, or after `time`. What it read is dropped.
pub(crate) async fn drain<B: Body + Unpin>(mut body: B, limit: usize, time: Duration) {
    if body.size_hint().lower() > u64::try_from(limit).unwrap_or(u64::MAX) {
        return;
    }
    let read = async {
        let mut read = 0usize;
        while let Some(Ok(frame)) = poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
            read = read.saturating_add(frame.data_ref().map_or(0, Buf::remaining));
            if read > limit {
                return;
            }
        }
    };
    let _ = tokio::time::timeout(time, read).await;
}

/// The bytes of a request body whose size hint promises at most `limit` bytes, or the body back
/// when it promises nothing so small (it is then sent once, as it is). Trailers are not kept.
pub(crate) async fn buffer<B: Body>(body: B, limit: usize) -> Result<Result<Bytes, B>, B::Error> {
    let small = body.size_hint().upper().is_some_and(|upper| upper <= u64::try_from(limit).unwrap_or(u64::MAX));
    if !small {
        return Ok(Err(body));
    }
    let mut body = Box::pin(body);
    let mut bytes = BytesMut::new();
    while let Some(frame) = poll_fn(|cx| body.as_mut().poll_frame(cx)).await {
        if let Ok(mut data) = frame?.into_data() {
            while data.has_remaining() {
                let chunk = data.chunk();
                bytes.extend_from_slice(chunk);
                let n = chunk.len();
                data.advance(n);
            }
        }
    }
    Ok(Ok(bytes.freeze()))
}
