import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('the password rules', { timeout: 30_000 }, () => {
  it("L4: refuse a password that is mostly the person's own name, written with spaces or without accents", () => {
    expect(passwordProblem('Lucia Perez 1990', ['Lucía Pérez', 'lucia@example.org'])).toBe('tooCommon');
    expect(passwordProblem('lucía-pérez-1990', ['Lucía Pérez', 'lp@example.org'])).toBe('tooCommon');
    expect(passwordProblem('Policy Probe 2026', ['Policy Probe', 'probe@example.org'])).toBe('tooCommon');
    expect(passwordProblem('PEREZ lucia 2024!', ['Lucía Pérez'])).toBe('tooCommon');
  });

  it('accept a long passphrase that merely contains a name', () => {
    expect(passwordProblem('Lucía plants corn beside the quiet river', ['Lucía Pérez'])).toBeNull();
    expect(passwordProblem('correct horse battery staple', ['Lucía Pérez'])).toBeNull();
  });
});
