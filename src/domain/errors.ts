// The few errors services throw; the HTTP layer turns each into one status and JSON shape.
import type { ValueProblem } from './fields/field-value';

/** A refusal of one input; `code` lets clients react without reading the English message. */
export type FieldProblem = {
  path: string;
  message: string;
  code?: 'required' | 'required_from_status' | 'unknown_reference' | ValueProblem;
};

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailed extends DomainError {
  constructor(readonly details: FieldProblem[]) {
    super('validation_failed', details.map((d) => `${d.path}: ${d.message}`).join('; '));
  }

  static field(path: string, message: string): ValidationFailed {
    return new ValidationFailed([{ path, message }]);
  }
}

export class Unauthenticated extends DomainError {
  constructor(code = 'unauthenticated', message = 'sign in first') {
    super(code, message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'you are not allowed to do this') {
    super('forbidden', message);
  }
}

export class NotFound extends DomainError {
  constructor(what: string) {
    super('not_found', `${what} not found`);
  }
}

export class Conflict extends DomainError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}

export class TooManyRequests extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message);
  }
}

export class PayloadTooLarge extends DomainError {
  constructor(message: string) {
    super('too_large', message);
  }
}
