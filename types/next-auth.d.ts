import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: { id: number };
    sessionVersion: number;
    /** Whether this session passed two-step sign-in. */
    mfa: boolean;
  }
  interface User {
    id: string;
    sessionVersion: number;
    mfa: boolean;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    sv?: number;
    /** When the person signed in (seconds): renewals keep it, so the 12-hour limit counts from it. */
    authTime?: number;
    mfa?: boolean;
  }
}
