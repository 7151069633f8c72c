/**
 * The offices named by the privacy notice, the accessibility statement and the contact page come from
 * one place, the environment, with placeholders until the operator sets them; the three pages are in
 * the sitemap in both languages.
 */
import { describe, expect, it } from 'vitest';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { sitemapPages } from './sitemap';
import { CONTACT_VARIABLES, siteContacts } from './site-contact';

useTemporaryGlobalDatabase();

describe('the site contacts', () => {
  it('names both coordinating agencies and placeholder mailboxes until the operator sets them', () => {
    const contacts = siteContacts({});
    expect(contacts.us.name).toContain('International Trade Administration');
    expect(contacts.mx.name).toContain('Secretaría de Economía');
    for (const address of [contacts.us.email, contacts.mx.email, contacts.privacyEmail, contacts.accessibilityEmail])
      expect(address).toMatch(/@hled\.example$/);
  });

  it('takes every value from its environment variable, ignoring blank ones', () => {
    const env = Object.fromEntries(CONTACT_VARIABLES.map((name) => [name, `value of ${name}`]));
    const contacts = siteContacts({ ...env, PRIVACY_CONTACT_EMAIL: '  ' });
    expect(contacts.us).toEqual({
      name: 'value of CONTACT_US_OFFICE',
      address: 'value of CONTACT_US_ADDRESS',
      email: 'value of CONTACT_US_EMAIL',
    });
    expect(contacts.mx).toEqual({
      name: 'value of CONTACT_MX_OFFICE',
      address: 'value of CONTACT_MX_ADDRESS',
      email: 'value of CONTACT_MX_EMAIL',
    });
    expect(contacts.accessibilityEmail).toBe('value of ACCESSIBILITY_CONTACT_EMAIL');
    expect(contacts.privacyEmail).toBe('privacy@hled.example');
  });

  it('lists the privacy notice, the accessibility statement and the contact page in the sitemap', () => {
    const paths = sitemapPages().map((page) => page.path);
    expect(paths).toEqual(expect.arrayContaining(['/privacy', '/accessibility', '/contact']));
  });
});
