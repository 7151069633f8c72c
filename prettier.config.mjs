// Prettier: the house format. Lines of 140 fit the code as written (the review measured the fit); single
// quotes as the code has always used. `npm run format` writes, `npm run format:check` is run in `npm test`.
/** @type {import('prettier').Config} */
export default {
  singleQuote: true,
  printWidth: 140,
};
