import type http from 'node:http';

export type DrainableServer = {
  server: http.Server;
  drain(timeoutMs: number): Promise<{ cutOff: number }>;
  cutOffNow(): void;
  inFlight(): number;
};

export function createDrainableServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => unknown,
  options?: { onResponse?: (req: http.IncomingMessage, res: http.ServerResponse, seconds: number) => void },
): DrainableServer;
