import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/ClientMessages';

// Rendered for every request, through the proxy like the other pages a link's token opens (reset-password).
export const dynamic = 'force-dynamic';

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages section="calls">{children}</ClientMessages>;
}
