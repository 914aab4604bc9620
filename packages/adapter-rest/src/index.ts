export { createRestAdapter, type RestAdapter, type RestAdapterOptions } from './rest-adapter.js';
export type { TokenSource } from './http-client.js';
