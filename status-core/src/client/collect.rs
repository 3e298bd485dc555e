//! The content of a response, read frame by frame up to a limit: a body that says or turns out
//! to be longer stops the reading there, so no more than the limit is ever held.

use super::{Why, text};
use alloc::vec::Vec;
use bytes::{Buf, Bytes};
use core::fmt;
use http_body::Body;

/// The body's data frames (trailers are skipped), at most `limit` bytes. A body of one frame
/// (what a small response usually is) is kept as its frame is, without a copy where the frame
/// is `Bytes` (hyper's, reqwest's); further frames are gathered into one buffer.
pub(super) async fn collect<B>(body: B, limit: usize) -> Result<Bytes, Why>
where
    B: Body,
    B::Error: fmt::Display,
{
    // A body that says it has ended (an empty one, a response to HEAD) is not polled.
    if body.is_end_stream() {
        return Ok(Bytes::new());
    }
    let mut body = core::pin::pin!(body);
    let hint = body.size_hint();
    if hint.lower() > u64::try_from(limit).unwrap_or(u64::MAX) {
        return Err(Why::TooLarge(limit));
    }
    let mut first = Bytes::new();
    let mut rest: Option<Vec<u8>> = None;
    while let Some(frame) = core::future::poll_fn(|cx| body.as_mut().poll_frame(cx)).await {
        let frame = frame.map_err(|e| Why::Read(text(e)))?;
        let Ok(mut data) = frame.into_data() else { continue };
        let held = rest.as_ref().map_or(first.len(), Vec::len);
        if data.remaining() > limit - held {
            return Err(Why::TooLarge(limit));
        }
        match &mut rest {
            None if first.is_empty() => first = data.copy_to_bytes(data.remaining()),
            None => {
                // The exact length when the body knows it (`Content-Length`), within the limit.
                let expected = hint.exact().and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
                let mut buffer = Vec::with_capacity(expected.clamp(first.len() + data.remaining(), limit));
                buffer.extend_from_slice(&first);
                append(&mut buffer, &mut data);
                rest = Some(buffer);
            }
            Some(buffer) => append(buffer, &mut data),
        }
    }
    Ok(rest.map_or(first, Bytes::from))
}

/// Copies `data` to the end of `buffer`, chunk by chunk.
fn append(buffer: &mut Vec<u8>, data: &mut impl Buf) {
    while data.has_remaining() {
        let chunk = data.chunk();
        buffer.extend_from_slice(chunk);
        let n = chunk.len();
        data.advance(n);
    }
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

    /// Every way of cutting up to 24 bytes into frames, against every limit around it: the
    /// content is the bytes in order exactly when they fit, and the read stops at the frame
    /// that crosses the limit.
    #[test]
    fn any_framing_is_read_whole_or_refused_at_the_limit() {
        for frames in 0..4usize {
            for size in 0..7 {
                let total = frames * size;
                for limit in total.saturating_sub(2)..total + 2 {
                    let mut body = Chunks { frames, size, polled: 0 };
                    match now(collect(&mut body, limit)) {
                        Ok(content) => {
                            assert!(total <= limit && content.len() == total && content.iter().all(|b| *b == b'x'));
                            assert_eq!(body.polled, frames);
                        }
                        Err(Why::TooLarge(l)) => {
                            assert!(total > limit && l == limit);
                            assert_eq!(body.polled, limit / size + 1, "{frames} frames of {size}, limit {limit}");
                        }
                        Err(other) => panic!("{other:?}"),
                    }
                }
            }
        }
    }

    #[test]
    fn a_body_that_says_it_is_too_long_is_not_read() {
        assert!(matches!(now(collect(alloc::string::String::from("0123456789"), 9)), Err(Why::TooLarge(9))));
        assert_eq!(now(collect(alloc::string::String::from("0123456789"), 10)).unwrap(), &b"0123456789"[..]);
    }
}
