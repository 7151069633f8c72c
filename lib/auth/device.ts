/**
 * Device cookies: a browser that signed in to an account gets a cookie naming a random device id, signed
 * for that account. Its later password attempts on that account are counted under the device alone
 * (throttle.ts), so a stranger's wrong guesses never slow the owner down in their own browser. The cookie
 * is bound to the account (a cookie from one's own account is worth nothing on another) and outlives
 * sign-out; it grants nothing but its own counter.
 *
 * next-auth cannot add a cookie to its sign-in response, so the route handler runs the sign-in inside
 * collectDeviceCookie and appends the cookie that rememberDevice left there.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { siteUsesHttps } from '@/lib/security/transport';
import { getAuthSecret } from './secret';

const MAX_AGE_S = 180 * 24 * 60 * 60;

export function deviceCookieName(secure = siteUsesHttps()): string {
  return secure ? '__Host-hled-device' : 'hled-device';
}

function signature(userId: number, deviceId: string): string {
  return createHmac('sha256', getAuthSecret()).update(`hled-device:${userId}:${deviceId}`).digest('base64url');
}

function cookieValue(header: string | null | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** The device id of this browser for this account, when its cookie is genuine. */
export function deviceIdFor(cookieHeader: string | null | undefined, userId: number): string | null {
  const value = cookieValue(cookieHeader, deviceCookieName());
  const [deviceId, mac] = value?.split('.') ?? [];
  if (!deviceId || !mac || !/^[A-Za-z0-9_-]{22}$/.test(deviceId)) return null;
  const expected = Buffer.from(signature(userId, deviceId));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}

const pending = new AsyncLocalStorage<{ setCookie: string | null }>();

/** Runs a sign-in request and returns the device cookie it earned, if any, for the response. */
export async function collectDeviceCookie<T>(handle: () => Promise<T>): Promise<{ result: T; setCookie: string | null }> {
  const store = { setCookie: null as string | null };
  const result = await pending.run(store, handle);
  return { result, setCookie: store.setCookie };
}

/** After a successful sign-in: gives this browser a device cookie for the account unless it has one. */
export function rememberDevice(cookieHeader: string | null | undefined, userId: number) {
  const store = pending.getStore();
  if (!store || deviceIdFor(cookieHeader, userId)) return;
  const deviceId = randomBytes(16).toString('base64url');
  const secure = siteUsesHttps();
  store.setCookie = [
    `${deviceCookieName(secure)}=${deviceId}.${signature(userId, deviceId)}`,
    'Path=/',
    `Max-Age=${MAX_AGE_S}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
