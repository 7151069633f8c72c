// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before it builds; checking again here would
  // only double the build time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

module.exports = withNextIntl(nextConfig);
