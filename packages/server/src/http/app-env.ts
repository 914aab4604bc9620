import type { Principal } from '../auth/principal.js';

/** What the middleware puts on each request's context for the routes. */
export interface AppEnv {
  Variables: {
    principal: Principal;
  };
}
