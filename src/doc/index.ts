export * from './alignment.js';
export * from './aligned-buffer.js';
export * from './doc.js';
export * from './errors.js';
export * from './invariants.js';
export * from './json.js';
