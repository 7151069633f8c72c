/**
 * The "delete my account" form's schema, shared by the browser and the server action: the current
 * password, the two-step code when the account has one (the server decides whether it is needed), and
 * an explicit confirmation.
 */
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '@/lib/auth/password-policy-length';

export const deleteAccountSchema = z.object({
  currentPassword: z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(PASSWORD_MAX_LENGTH * 4),
  code: z.string().trim().max(64).optional().default(''),
  confirm: z.literal(true, { error: 'confirmDeletion' }),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
