/** Demo mode: no AUTH_SECRET. Demo accounts and sample submissions exist, and e-mail can be read on screen. */
export function isDemoMode(): boolean {
  return !process.env.AUTH_SECRET?.trim();
}

/** The address the app is reached at, for links in e-mails: APP_URL, else NEXTAUTH_URL, else localhost. */
export function publicBaseUrl(): string {
  const configured = process.env.APP_URL ?? process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, '');
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
