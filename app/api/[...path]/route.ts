import { publicGet, unknownPath } from '@/lib/public/api/http';

// Any address under /api that no other route claims (/api/v1/<unknown>, /api/nope) answers a JSON 404
// in the API's error shape, never the HTML not-found page. More specific routes (next-auth's
// /api/auth/[...nextauth], /api/v1/*, /api/health) take precedence over this catch-all.
export const GET = publicGet((request) => unknownPath(request));

export { unknownPath as DELETE, unknownPath as OPTIONS, unknownPath as PATCH, unknownPath as POST, unknownPath as PUT };
