//! The content of a response, read frame by frame up to a limit: a body that says or turns out
//! to be longer stops the reading there, so no more than the limit is ever held.

use super::{Why, text};
use alloc::vec::Vec;
use bytes::Buf;
use core::fmt;
use http_body::Body;

/// The body's data frames (trailers are skipped), at most `limit` bytes.
pub(super) async fn collect<B>(body: B, limit: usize) -> Result<Vec<u8>, Why>
where
    B: Body,
    B::Error: fmt::Display,
{
    let mut body = core::pin::pin!(body);
    let hint = body.size_hint();
    let limit64 = u64::try_from(limit).unwrap_or(u64::MAX);
    if hint.lower() > limit64 {
        return Err(Why::TooLarge(limit));
    }
    // The exact length when the body knows it (`Content-Length`), never more than the limit.
    let expected = hint.exact().and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
    let mut out = Vec::with_capacity(expected.min(limit));
    while let Some(frame) = core::future::poll_fn(|cx| body.as_mut().poll_frame(cx)).await {
        let frame = frame.map_err(|e| Why::Read(text(e)))?;
        let Ok(mut data) = frame.into_data() else { continue };
        if data.remaining() > limit - out.len() {
            return Err(Why::TooLarge(limit));
        }
        while data.has_remaining() {
            let chunk = data.chunk();
            out.extend_from_slice(chunk);
            let n = chunk.len();
            data.advance(n);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::pin::Pin;
    use core::task::{Context, Poll};
    use http_body::{Frame, SizeHint};

    /// A body of `frames` chunks of `size` bytes that hides its length, counting the frames
    /// it was asked for.
    struct Chunks {
        frames: usize,
        size: usize,
        polled: usize,
    }

    impl Body for Chunks {
        type Data = bytes::Bytes;
        type Error = core::convert::Infallible;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
            if self.polled == self.frames {
                return Poll::Ready(None);
            }
            self.polled += 1;
            Poll::Ready(Some(Ok(Frame::data(bytes::Bytes::from(alloc::vec![b'x'; self.size])))))
        }

        fn size_hint(&self) -> SizeHint {
            SizeHint::default()
        }
    }

    fn now<F: Future>(future: F) -> F::Output {
        let mut future = core::pin::pin!(future);
        match future.as_mut().poll(&mut Context::from_waker(core::task::Waker::noop())) {
            Poll::Ready(out) => out,
            Poll::Pending => panic!("the test bodies are always ready"),
        }
    }

    #[test]
    fn a_body_over_the_limit_stops_being_read_at_the_frame_that_crosses_it() {
        let mut body = Chunks { frames: 100, size: 10, polled: 0 };
        assert!(matches!(now(collect(&mut body, 25)), Err(Why::TooLarge(25))));
        assert_eq!(body.polled, 3);
        let mut body = Chunks { frames: 3, size: 10, polled: 0 };
        assert_eq!(now(collect(&mut body, 30)).unwrap().len(), 30);
    }

    #[test]
    fn a_body_that_says_it_is_too_long_is_not_read() {
        assert!(matches!(now(collect(alloc::string::String::from("0123456789"), 9)), Err(Why::TooLarge(9))));
        assert_eq!(now(collect(alloc::string::String::from("0123456789"), 10)).unwrap(), b"0123456789");
    }
}
