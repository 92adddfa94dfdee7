// profile stage: where a standalone sketch gets its typed arrays (tests, tools). Inside an
// AccountState the sketches live at fixed offsets of one flat buffer instead (layout.ts).

export interface Alloc {
  f64(n: number): Float64Array;
  u32(n: number): Uint32Array;
  u8(n: number): Uint8Array;
}

export const heapAlloc: Alloc = {
  f64: (n) => new Float64Array(n),
  u32: (n) => new Uint32Array(n),
  u8: (n) => new Uint8Array(n),
};
