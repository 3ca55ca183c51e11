// Copyright 2026 Docwright fixture. MIT licence.

use std::collections::HashMap;
use std::fmt;

/// _summary_
#[derive(Debug, Default)]
pub struct Inventory {
    /// _summary_
    pub items: HashMap<String, u32>,
    /// _summary_
    capacity: usize,
}

impl Inventory {
    /// _summary_
    ///
    /// # Arguments
    ///
    /// * `capacity` - _description_
    ///
    /// # Returns
    ///
    /// _description_
    pub fn new(capacity: usize) -> Self {
        Inventory { items: HashMap::new(), capacity }
    }

    /// _summary_
    ///
    /// # Arguments
    ///
    /// * `name` - _description_
    /// * `count` - _description_
    ///
    /// # Returns
    ///
    /// _description_
    ///
    /// # Errors
    ///
    /// Returns an error if ...
    pub fn add(&mut self, name: &str, count: u32) -> Result<u32, String> {
        if self.items.len() >= self.capacity {
            return Err(format!("full: {}", name));
        }
        let total = self.items.entry(name.to_string()).or_insert(0);
        *total += count;
        Ok(*total)
    }

    /// _summary_
    ///
    /// # Arguments
    ///
    /// * `name` - _description_
    ///
    /// # Returns
    ///
    /// _description_
    ///
    /// # Panics
    ///
    /// Panics if ... (`expect()`).
    pub fn take(&mut self, name: &str) -> u32 {
        self.items.remove(name).expect("no such item")
    }
}

impl fmt::Display for Inventory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} items", self.items.len())
    }
}

/// _summary_
pub enum Level { Low, High }

/// _summary_
pub trait Priced {
    /// _summary_
    ///
    /// # Returns
    ///
    /// _description_
    fn price(&self) -> f64;
}

/// _summary_
///
/// # Arguments
///
/// * `ptr` - _description_
///
/// # Returns
///
/// _description_
///
/// # Safety
///
/// The caller must ensure that ...
pub unsafe fn raw_count(ptr: *const u32) -> u32 {
    *ptr
}

#[cfg(test)]
mod tests {
    #[test]
    fn adds() {}
}
