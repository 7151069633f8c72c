import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/ClientMessages';

// Rendered for every request, with the proxy's per-request nonce: never stored (lib/security/csp.ts).
export const dynamic = 'force-dynamic';

/** This section's forms get their own messages; public pages do not carry them. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages section="auth">{children}</ClientMessages>;
}
