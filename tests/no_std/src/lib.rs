//! A `#![no_std]` library with its own panic handler: it fails to link if `status_core` or the
//! code its macros generate pulls in `std`.
#![no_std]
#![deny(warnings, missing_docs)]

use core::panic::PanicInfo;
use status_core::StatusCode;

#[panic_handler]
fn panic(_: &PanicInfo<'_>) -> ! {
    loop {}
}

/// The codes a firmware endpoint answers with.
#[status_core::subset]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Firmware {
    /// Done.
    Ok,
    /// Busy flashing.
    ServiceUnavailable,
}

/// Length of the reason phrase of `code`, or 0 if it is not a registered code.
#[unsafe(no_mangle)]
pub extern "C" fn status_reason_len(code: u16) -> usize {
    StatusCode::from_u16(code).map_or(0, |s| s.reason().len())
}

/// Whether `code` is one the firmware answers with.
#[unsafe(no_mangle)]
pub extern "C" fn firmware_knows(code: u16) -> bool {
    Firmware::try_from(code).is_ok()
}

/// Parses a status line's code; unknown codes fall back to their class (RFC 9110, Section 15).
#[unsafe(no_mangle)]
pub extern "C" fn interpret(code: u16) -> u16 {
    match StatusCode::try_from(code) {
        Ok(s) => s.code(),
        Err(e) => e.fallback().map_or(0, StatusCode::code),
    }
}

/// An unofficial code's class digit, 0 if unknown.
#[unsafe(no_mangle)]
pub extern "C" fn unofficial_class(code: u16) -> u8 {
    status_core::unofficial::Status::from_u16(code).map_or(0, |s| s.class().digit())
}
