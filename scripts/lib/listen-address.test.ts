import { describe, expect, it } from 'vitest';
import { describeListening, listenAddress } from './listen-address.mjs';

describe('M1 (security review): where the server listens, HOST and PORT', () => {
  it('a demo instance listens on 127.0.0.1 unless HOST says otherwise, and says so at start-up', () => {
    const address = listenAddress({});
    expect(address).toMatchObject({ host: '127.0.0.1', port: 3000, loopback: true });
    expect(describeListening(address, { demo: true })).toEqual([
      'Listening on http://127.0.0.1:3000: this machine only (HOST is not set). Set HOST=0.0.0.0 to listen on every interface.',
    ]);
  });

  it('listens where HOST and PORT say', () => {
    const address = listenAddress({ HOST: '0.0.0.0', PORT: '8080' });
    expect(address).toMatchObject({ host: '0.0.0.0', port: 8080, loopback: false });
    expect(describeListening(address, { demo: false })).toEqual([
      'Listening on http://0.0.0.0:8080: every machine that can reach this address (HOST=0.0.0.0).',
    ]);
    expect(describeListening(listenAddress({ HOST: '::1' }), { demo: false })[0]).toMatch(
      /^Listening on http:\/\/\[::1\]:3000: this machine only \(HOST=::1\)/,
    );
  });

  it('warns when a demo instance, with its published password, is opened to the network', () => {
    const lines = describeListening(listenAddress({ HOST: '0.0.0.0' }), { demo: true });
    expect(lines[1]).toMatch(/^Warning: demo mode on a network interface/);
  });

  it('refuses a PORT that is not a port number', () => {
    expect(() => listenAddress({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
    expect(() => listenAddress({ PORT: '70000' })).toThrow(/PORT must be a port number/);
  });
});
