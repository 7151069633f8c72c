'use client';

import { useEffect, useState } from 'react';
import { hasSessionHint, setSessionHint, type Me } from '@/lib/security/session-hint';
import type { Locale } from '@/lib/i18n/routing';

export type UserNavLabels = { signIn: string; account: string; coordinate: string; admin: string; signOut: string };

/**
 * The signed-in part of the header. The server renders every page's header signed out (public pages are
 * stored HTML, the same for everyone); here, only when the session hint says someone may be signed in,
 * the browser asks /api/me once per page load and shows that person's links.
 *
 * Every link is a full page load (<a>, not a client-side navigation): the signed-in pages have a
 * stricter Content-Security-Policy than public pages, and a client-side navigation would keep the
 * policy of the page it started from.
 */
export function UserNav({ locale, labels }: { locale: Locale; labels: UserNavLabels }) {
  const [me, setMe] = useState<Me | 'asking' | null>(null);
  useEffect(() => {
    if (!hasSessionHint(document.cookie)) return;
    const controller = new AbortController();
    setMe('asking');
    fetch('/api/me', { cache: 'no-store', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Me>) : null))
      .then(setMe)
      .catch(() => setMe(null));
    return () => controller.abort();
  }, []);

  if (me === 'asking') return null;
  if (!me?.signedIn) {
    return (
      <li>
        <a href={`/${locale}/sign-in`}>{labels.signIn}</a>
      </li>
    );
  }
  return (
    <>
      {me.mayTriage ? (
        <li>
          <a href={`/${locale}/coordinate`}>{labels.coordinate}</a>
        </li>
      ) : null}
      <li>
        <a href={`/${locale}/account`}>{labels.account}</a>
      </li>
      {me.admin ? (
        <li>
          <a href={`/${locale}/admin`}>{labels.admin}</a>
        </li>
      ) : null}
      <li>
        <SignOut locale={locale} label={labels.signOut} />
      </li>
    </>
  );
}

/** next-auth's sign-out (a POST with its CSRF token, then a full load); the server raises the session version. */
function SignOut({ locale, label }: { locale: Locale; label: string }) {
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        setSessionHint(false);
        const { signOut } = await import('next-auth/react');
        await signOut({ callbackUrl: `/${locale}` });
      }}
    >
      {label}
    </button>
  );
}
