import { publicGet } from '@/lib/public/api/http';
import { openApiDocument } from '@/lib/public/api/openapi';

export const GET = publicGet(() => Response.json(openApiDocument()));

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
