import { z } from 'zod';
import { LOCALES } from '@/db/vocabulary';
import { atomFeed } from '@/lib/public/api/atom';
import { badParameters, publicGet } from '@/lib/public/api/http';
import { parseQuery } from '@/lib/public/query-params';

export const GET = publicGet((request) => {
  const query = parseQuery(new URL(request.url).searchParams, { locale: z.enum(LOCALES) });
  if (!query.ok) return badParameters(query.problems);
  return new Response(atomFeed(query.values.locale ?? 'en'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
