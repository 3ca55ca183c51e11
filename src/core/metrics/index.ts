// The metrics core in one import for the extension's views and commands.
export * from './types';
export * from './histogram';
export * from './persist';
export * from './store';
export * from './format';
export * from './export';
