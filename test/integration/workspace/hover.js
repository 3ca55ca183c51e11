const DEFAULTS = { retries: 3, verbose: false };

export function connect(host, options = DEFAULTS) {
  return { host, ...options };
}
