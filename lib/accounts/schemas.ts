/**
 * The account forms' schemas, shared by the browser (react-hook-form) and the server actions.
 * Messages are keys of the `validation` messages, so each side shows them in the visitor's language.
 * The server adds what the browser cannot check cheaply (common passwords: see password-policy.ts).
 */
import { z } from 'zod';
import { COUNTRIES, LOCALES, SECTORS } from '@/db/vocabulary';
import { errorMessage } from '@/lib/form-errors';
import { nullableText, requiredText } from '@/lib/validation/fields';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from '@/lib/auth/password-policy-length';
import { safeReturnPath } from '@/lib/auth/redirects';

export const NAME_MAX = 120;
export const ORGANIZATION_MAX = 200;
export const EMAIL_MAX = 254;

export const emailField = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(EMAIL_MAX, { error: errorMessage('tooLong', EMAIL_MAX) })
  .pipe(z.email({ error: 'email' }))
  .transform((value) => value.toLowerCase());

export const newPasswordField = z
  .string({ error: 'required' })
  .refine((value) => passwordLength(value) >= PASSWORD_MIN_LENGTH, { error: 'passwordTooShort' })
  .refine((value) => passwordLength(value) <= PASSWORD_MAX_LENGTH, { error: 'passwordTooLong' });

const nameField = requiredText(NAME_MAX);
const organizationField = nullableText(ORGANIZATION_MAX);

const profileFields = {
  name: nameField,
  organization: organizationField,
  sector: z.enum(SECTORS, { error: 'choose' }),
  country: z.enum(COUNTRIES, { error: 'choose' }),
  preferredLocale: z.enum(LOCALES, { error: 'choose' }),
};

/**
 * Where the person was going when they started (the submit form, say), to return to once the e-mail
 * address is confirmed. Not typed by anyone: an unsafe or malformed value is dropped, never an error.
 */
export const returnPathField = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === 'string' ? (safeReturnPath(value) ?? undefined) : undefined));

export const signUpSchema = z.object({
  ...profileFields,
  email: emailField,
  password: newPasswordField,
  privacyConsent: z.literal(true, { error: 'consentRequired' }),
  returnPath: returnPathField,
});
export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpOutput = z.output<typeof signUpSchema>;

export const accountDetailsSchema = z.object({ ...profileFields, version: z.coerce.number().int().optional() });
export type AccountDetailsInput = z.input<typeof accountDetailsSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(PASSWORD_MAX_LENGTH * 4),
  newPassword: newPasswordField,
});

export const requestPasswordResetSchema = z.object({ email: emailField });

export const resendVerificationSchema = z.object({ returnPath: returnPathField }).optional();

/** The confirmation link's token, confirmed only by the button on the page it opens (never by the GET a mail scanner makes). */
export const confirmEmailSchema = z.object({ token: z.string().min(20).max(200) });

export const resetPasswordSchema = z.object({
  token: z.string().min(20).max(200),
  password: newPasswordField,
});
