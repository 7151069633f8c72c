// The length rule alone, importable by browser code without the strength estimator's dictionaries.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Length counts what a person sees: "ñ" and an emoji are one character each. */
export function passwordLength(password: string): number {
  return [...password].length;
}
