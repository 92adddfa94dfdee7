// distillwatch errors: one error type with a stable code and an optional record reference.
// Rejected input is a value (`Rejected`), not an exception; DwError is thrown only for bugs and
// bad configuration. Every code is documented in ERROR_CODES (a test checks the README lists them).

/** Where a record came from: the file (or "stdin", or a stream name) and its 1-based line. */
export interface RecordRef {
  readonly source: string;
  readonly line: number;
}

export const ERROR_CODES = {
  DW_E_JSON: 'the line is not valid JSON (truncated, binary junk, or not an object)',
  DW_E_SCHEMA: 'the record does not satisfy its JSON Schema (missing field, wrong type, bad format)',
  DW_E_ENCODING: 'the line holds bytes that are not valid UTF-8',
  DW_E_TOO_LONG: 'the line is longer than the configured maximum record size',
  DW_E_EMPTY: 'the input holds no records at all',
  DW_E_ADAPTER: 'a source-format adapter could not map the record to an exchange',
  DW_E_FORMAT: 'the input format is unknown or could not be recognised',
  DW_E_IO: 'a file could not be read or written',
  DW_E_CONFIG: 'bad configuration or command-line option',
  DW_E_MATERIAL: 'the real material (shared/data) the simulator or a training script needs is missing',
  DW_E_STORE: 'the embedded store (DuckDB) failed',
  DW_E_INTERNAL: 'a bug: an invariant of distillwatch itself was broken',
} as const;

export type DwCode = keyof typeof ERROR_CODES;

export class DwError extends Error {
  override readonly name = 'DwError';
  constructor(
    readonly code: DwCode,
    message: string,
    readonly ref?: RecordRef,
  ) {
    super(ref ? `${ref.source}:${ref.line}: ${message}` : message);
  }
}

/** A record that was read but not accepted, with why. Written to the dead-letter file. */
export interface Rejected {
  readonly code: DwCode;
  readonly reason: string;
  readonly ref: RecordRef;
  /** The raw line (cut to a bounded length for very long lines). */
  readonly raw?: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly rejected: Rejected };
