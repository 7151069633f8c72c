/**
 * Who answers for this site: the two agencies that coordinate the dialogue, and the addresses where people
 * write about their personal data, accessibility or anything else. The privacy notice, the accessibility
 * statement and the contact page all read them from here, so the agency that runs the site names its
 * offices once, in the environment (README.md, "Contact details"). The defaults are the agencies' public
 * headquarters and placeholder mailboxes under hled.example, which an operator replaces.
 */
export type Office = { name: string; address: string; email: string };

export type SiteContacts = {
  us: Office;
  mx: Office;
  /** Requests about personal data (access, rectification, cancellation, opposition) and privacy questions. */
  privacyEmail: string;
  /** Barriers to access and requests for another format. */
  accessibilityEmail: string;
};

const DEFAULTS = {
  CONTACT_US_OFFICE: 'International Trade Administration, U.S. Department of Commerce',
  CONTACT_US_ADDRESS: '1401 Constitution Ave. NW, Washington, DC 20230, United States',
  CONTACT_US_EMAIL: 'hled-us@hled.example',
  CONTACT_MX_OFFICE: 'Secretaría de Economía, Gobierno de México',
  CONTACT_MX_ADDRESS: 'Calle Pachuca 189, Col. Condesa, Cuauhtémoc, C.P. 06140, Ciudad de México, México',
  CONTACT_MX_EMAIL: 'dean-mx@hled.example',
  PRIVACY_CONTACT_EMAIL: 'privacy@hled.example',
  ACCESSIBILITY_CONTACT_EMAIL: 'accessibility@hled.example',
} as const;

export type ContactVariable = keyof typeof DEFAULTS;
export const CONTACT_VARIABLES = Object.keys(DEFAULTS) as ContactVariable[];

export function siteContacts(env: Record<string, string | undefined> = process.env): SiteContacts {
  const read = (name: ContactVariable) => env[name]?.trim() || DEFAULTS[name];
  return {
    us: { name: read('CONTACT_US_OFFICE'), address: read('CONTACT_US_ADDRESS'), email: read('CONTACT_US_EMAIL') },
    mx: { name: read('CONTACT_MX_OFFICE'), address: read('CONTACT_MX_ADDRESS'), email: read('CONTACT_MX_EMAIL') },
    privacyEmail: read('PRIVACY_CONTACT_EMAIL'),
    accessibilityEmail: read('ACCESSIBILITY_CONTACT_EMAIL'),
  };
}

/** The date the privacy notice and the accessibility statement were last changed, shown on both. */
export const NOTICES_UPDATED = '2026-12-01';
