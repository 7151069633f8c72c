import type { Database } from './open';

/** A transaction handle, or the database itself: use cases accept either so callers choose the boundary. */
export type Tx = Database | Parameters<Parameters<Database['transaction']>[0]>[0];
