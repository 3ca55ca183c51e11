// Copyright 2026 Docwright fixture. MIT licence.

use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Default)]
pub struct Inventory {
    pub items: HashMap<String, u32>,
    capacity: usize,
}

impl Inventory {
    pub fn new(capacity: usize) -> Self {
        Inventory { items: HashMap::new(), capacity }
    }

    pub fn add(&mut self, name: &str, count: u32) -> Result<u32, String> {
        if self.items.len() >= self.capacity {
            return Err(format!("full: {}", name));
        }
        let total = self.items.entry(name.to_string()).or_insert(0);
        *total += count;
        Ok(*total)
    }

    pub fn take(&mut self, name: &str) -> u32 {
        self.items.remove(name).expect("no such item")
    }
}

impl fmt::Display for Inventory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} items", self.items.len())
    }
}

pub enum Level { Low, High }

pub trait Priced {
    fn price(&self) -> f64;
}

pub unsafe fn raw_count(ptr: *const u32) -> u32 {
    *ptr
}

#[cfg(test)]
mod tests {
    #[test]
    fn adds() {}
}
