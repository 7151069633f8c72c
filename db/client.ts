/**
 * The database for pages, actions and route handlers. `server-only` makes importing it from a client
 * component a build error, so no query or record ever reaches the browser bundle.
 */
import 'server-only';

export { getDb } from './shared';
export type { Database } from './open';
