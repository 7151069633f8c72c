'use server';
/** Publishing a meeting's fact sheet freezes its snapshot (administrators only). */
import { z } from 'zod';
import { adminActionClient } from '@/lib/actions/client';
import { changing } from '@/lib/page-store/refresh';
import { slugReference } from '@/lib/validation/fields';
import { freezeSnapshot } from './snapshots';

export const publishSnapshotAction = adminActionClient
  .inputSchema(z.object({ meeting: slugReference() }))
  .action(async ({ parsedInput, ctx }) =>
    // The open data page lists it and the meeting's fact sheet links it.
    changing(
      () => ['/data', `/meetings/${parsedInput.meeting}`],
      () => freezeSnapshot(ctx.user, parsedInput.meeting),
    ),
  );
