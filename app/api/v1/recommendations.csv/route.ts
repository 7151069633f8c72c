import { csvStream } from '@/lib/public/api/csv';
import { badParameters, publicGet, unknownFilter } from '@/lib/public/api/http';
import { registerExport } from '@/lib/public/register';
import { parseRegisterFiltersStrict } from '@/lib/public/register-filters';

/** The whole register under the filters, as one CSV download: paging parameters make no sense here. */
export const GET = publicGet(
  (request) => {
    const params = new URL(request.url).searchParams;
    const paging = ['page', 'per_page'].filter((name) => params.has(name));
    if (paging.length > 0) {
      return badParameters(paging.map((parameter) => ({ parameter, message: 'is not a parameter of the CSV export, which holds every matching item' })));
    }
    const parsed = parseRegisterFiltersStrict(params);
    if (!parsed.ok) return badParameters(parsed.problems);
    const exported = registerExport(parsed.filters);
    if ('unknown' in exported) return unknownFilter(exported);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csvStream(exported.items), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="hled-recommendations-${day}.csv"`,
      },
    });
  },
  { etag: false },
);

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
