export type ListenAddress = { host: string; port: number; fromEnv: boolean; loopback: boolean };

export function listenAddress(env?: Record<string, string | undefined>): ListenAddress;
export function urlOf(address: { host: string; port: number }): string;
export function describeListening(address: ListenAddress, options: { demo: boolean }): string[];
