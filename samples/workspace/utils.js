// Plain JavaScript helpers, undocumented: Docwright writes JSDoc for these.

function debounce(fn, waitMs) {
  let timer;
  return function (...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), waitMs);
  };
}

const slugify = (text, separator = '-') =>
  text.toLowerCase().trim().replace(/[^a-z0-9]+/g, separator).replace(new RegExp(`^${separator}|${separator}$`, 'g'), '');

async function retry(task, attempts = 3) {
  let lastError;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

class Cache {
  constructor(maxEntries = 100) {
    this.maxEntries = maxEntries;
    this.entries = new Map();
  }

  get(key) {
    return this.entries.get(key);
  }

  set(key, value) {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value);
    this.entries.set(key, value);
  }
}

module.exports = { debounce, slugify, retry, Cache };
