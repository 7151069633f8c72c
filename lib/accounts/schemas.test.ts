import { describe, expect, it } from 'vitest';
import { passwordProblem } from '@/lib/auth/password-policy';
import { safeRedirectPath } from '@/lib/auth/redirects';
import { signUpSchema } from './schemas';

const valid = {
  name: 'Lucía Pérez',
  email: '  Lucia.Perez@Example.ORG ',
  password: 'cinco lunas sobre el río Bravo',
  organization: '',
  sector: 'civil_society',
  country: 'mx',
  preferredLocale: 'es',
  privacyConsent: true,
};

describe('sign-up', () => {
  it('lower-cases and trims the e-mail address', () => {
    expect(signUpSchema.parse(valid).email).toBe('lucia.perez@example.org');
  });

  it('requires consent to the privacy notice', () => {
    const result = signUpSchema.safeParse({ ...valid, privacyConsent: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('consentRequired');
  });

  it('counts password length in characters a person sees, from 12 to 128', () => {
    expect(signUpSchema.safeParse({ ...valid, password: 'ñ'.repeat(11) }).error?.issues[0]?.message).toBe('passwordTooShort');
    expect(signUpSchema.safeParse({ ...valid, password: '🌵'.repeat(12) }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, password: 'a'.repeat(129) }).error?.issues[0]?.message).toBe('passwordTooLong');
  });
});

describe('the password policy', () => {
  it('refuses common and easily guessed passwords, in English and Spanish', () => {
    for (const password of ['passwordpassword', '123456789012', 'qwertyuiopasdf', 'contraseña1234', 'iloveyou1234']) {
      expect(passwordProblem(password), password).toBe('tooCommon');
    }
  });

  it("refuses a password made of the person's own name", () => {
    expect(passwordProblem('luciaperez2024', ['Lucia Perez', 'lucia@example.org'])).toBe('tooCommon');
  });

  it('accepts a passphrase with no composition rules at all', () => {
    expect(passwordProblem('cinco lunas sobre el río Bravo')).toBeNull();
    expect(passwordProblem('hled-demo-2026')).toBeNull();
  });
});

describe('redirects after sign-in', () => {
  it('stay on this site', () => {
    expect(safeRedirectPath('/es/submit', '/')).toBe('/es/submit');
    for (const hostile of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/x\u0000y', '']) {
      expect(safeRedirectPath(hostile, '/fallback'), hostile).toBe('/fallback');
    }
  });
});
