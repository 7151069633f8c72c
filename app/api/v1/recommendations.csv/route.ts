import { EXPORTS_AT_ONCE, exportCsv } from '@/lib/public/api/csv';
import { badParameters, publicGet, unknownFilter } from '@/lib/public/api/http';
import { registerExportQuery } from '@/lib/public/register';
import { parseRegisterFiltersStrict } from '@/lib/public/register-filters';

/** The whole register under the filters, as one CSV download: paging parameters make no sense here. */
export const GET = publicGet(
  (request) => {
    const params = new URL(request.url).searchParams;
    const paging = ['page', 'per_page'].filter((name) => params.has(name));
    if (paging.length > 0) {
      return badParameters(
        paging.map((parameter) => ({ parameter, message: 'is not a parameter of the CSV export, which holds every matching item' })),
      );
    }
    const parsed = parseRegisterFiltersStrict(params);
    if (!parsed.ok) return badParameters(parsed.problems);
    const query = registerExportQuery(parsed.filters);
    if ('unknown' in query) return unknownFilter(query);
    const stream = exportCsv(query);
    if (!stream) {
      const message = `The server is already preparing ${EXPORTS_AT_ONCE} exports; please try again in a few seconds.`;
      return Response.json({ error: { status: 503, message } }, { status: 503, headers: { 'Retry-After': '10' } });
    }
    const day = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="hled-recommendations-${day}.csv"`,
      },
    });
  },
  { etag: false },
);

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
