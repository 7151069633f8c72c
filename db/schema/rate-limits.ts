/**
 * Request allowances per address (lib/rate-limit/store.ts), kept in the database so that every server
 * process counts against the same allowance. One row per bucket and address that asked in the last
 * minute; rows whose allowance is full again are deleted.
 */
import { primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const rateLimits = sqliteTable(
  'rate_limits',
  {
    /** What is limited: 'api' (the open data), 'register' (the HTML register and its search). */
    bucket: text().notNull(),
    /** The address, or its /64 network for IPv6 (lib/rate-limit/address.ts). */
    address: text().notNull(),
    /** Epoch milliseconds at which this address's allowance is full again (GCRA's theoretical arrival time). */
    fullAt: real().notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.address] })],
);
