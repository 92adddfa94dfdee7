export type * from './types.js';
export { SCHEMAS, parseRecord, validateRecord, describeErrors, type ContractTypes } from './validate.js';
