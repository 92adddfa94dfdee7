export type * from './types.js';
export { SCHEMAS, parseRecord, validateRecord, describeErrors, compileContract, parseJsonObject, type ContractTypes } from './validate.js';
