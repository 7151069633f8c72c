'use client';

import { signOut } from 'next-auth/react';
import { useLocale } from 'next-intl';

/** next-auth's sign-out (a POST with its CSRF token); the server then raises the session version. */
export function SignOutButton({ label }: { label: string }) {
  const locale = useLocale();
  return (
    <button type="button" className="link-button" onClick={() => signOut({ callbackUrl: `/${locale}` })}>
      {label}
    </button>
  );
}
