import { isDemoMode } from '@/lib/config';
import type { QueuedEmail } from './send-email';

/**
 * Demo mode only: the outbox address of a message just queued, for the page that sent it to show,
 * since no mail server delivers it. Matches what components/DemoOutboxLink.tsx accepts.
 */
export function demoOutboxLink(email: QueuedEmail | null): string | null {
  return email && isDemoMode() ? `/outbox/${email.id}?key=${email.viewKey}` : null;
}
