import type { MetadataRoute } from 'next';
import { publicBaseUrl } from '@/lib/config';

export const dynamic = 'force-dynamic';

/** Public pages are for everyone to find; the workspaces and accounts are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/en/coordinate', '/es/coordinate', '/en/admin', '/es/admin', '/en/account', '/es/account', '/api/auth'],
    },
    sitemap: `${publicBaseUrl()}/sitemap.xml`,
  };
}
