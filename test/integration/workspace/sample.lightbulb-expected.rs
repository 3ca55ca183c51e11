//! The sample for Docwright's integration tests (lightbulb).

/// _summary_
///
/// # Arguments
///
/// * `a` - _description_
/// * `b` - _description_
///
/// # Returns
///
/// _description_
pub fn add(a: i32, b: i32) -> i32 {
    a + b
}

/// Returns a greeting for `name`.
pub fn greet(name: &str) -> String {
    format!("Hello, {}", name.trim())
}
