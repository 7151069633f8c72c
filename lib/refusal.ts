/**
 * A refusal the person should read, thrown by a use case or an action: `code` is a message key of the
 * `actionErrors` namespace, optionally "key|detail". Thrown inside a transaction, it rolls it back.
 */
export class Refusal extends Error {
  constructor(public readonly code: string) {
    super(code);
    this.name = 'Refusal';
  }
}
