// enrich/network public surface: IP → NetSignals from offline tables. load-tables.ts is the I/O edge
// (called by the CLI); everything else is pure.
export { type AsnTable, type AsnInfo, type CountryTable, asnTableFromCsv, countryTableFromCsv, lookupAsn, lookupCountry } from './asn-table.js';
export { type IpAddr, type CidrRange, parseIp, parseIpv4, parseIpv6, parseCidr, cidrContains, prefixOf, formatIp } from './ip.js';
export { type RangeIndex, buildCidrSet, buildRangeIndex, lookupPayload } from './range-index.js';
export { type NetTables, type NetOptions, type NetEnricher, DEFAULT_NET_OPTIONS, createNetEnricher } from './net-enricher.js';
export { loadAsnTable, loadCountryTable, loadNetTables, parseAsnList, parseCidrList, materialDir, type LoadNetTablesOptions } from './load-tables.js';
