/** The recommendation a coordinator's form acts on, and the version the page showed. */
export type Target = { reference: string; version: number };
