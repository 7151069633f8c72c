import NextAuth from 'next-auth';
import { collectDeviceCookie } from '@/lib/auth/device';
import { authOptions } from '@/lib/auth/options';

/** next-auth's routes, plus the device cookie a successful sign-in earns (lib/auth/device.ts). */
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const { result, setCookie } = await collectDeviceCookie(() => NextAuth(authOptions())(request, context) as Promise<Response>);
  if (!setCookie) return result;
  const headers = new Headers(result.headers);
  headers.append('Set-Cookie', setCookie);
  return new Response(result.body, { status: result.status, statusText: result.statusText, headers });
}

export { handler as GET, handler as POST };
