export { createDemoData, DEMO_IDS, type DemoData, type DemoDataOptions } from './demo-data.js';
export { createDemoAdapter, type DemoAdapterOptions } from './demo-adapter.js';
export { demoUsers } from './catalog.js';
export { SeededRandom } from './prng.js';
