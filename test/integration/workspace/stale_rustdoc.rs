//! Rust doc comments that no longer match their functions.

/// Parses a number.
pub fn parse(text: &str) -> Result<i64, std::num::ParseIntError> {
    text.trim().parse()
}

/// Scales a value.
///
/// # Arguments
///
/// * `value` - The value.
/// * `factor` - The factor.
pub fn scale(value: f64, by: f64) -> f64 {
    value * by
}

/// Reads a byte.
pub unsafe fn read(p: *const u8) -> u8 {
    *p
}
