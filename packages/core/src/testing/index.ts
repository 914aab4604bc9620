export { runAdapterConformance } from './conformance.js';
export type { ConformanceOptions, CreateAdapter, TestRunner } from './suite-context.js';
export { ConformanceFailure } from './assert.js';
