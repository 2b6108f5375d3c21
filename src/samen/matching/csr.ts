/** Small helpers for the compressed (CSR) lists the matcher keeps in typed arrays. */

/** arr[i]++, returning the old value (typed arrays are never undefined inside their length). */
export function plusEen(arr: Int32Array, i: number): number {
  const oud = arr[i] as number;
  arr[i] = oud + 1;
  return oud;
}

/** Counts (at index i + 1) become start offsets: a running sum in place. */
export function cumulatief(arr: Int32Array): Int32Array {
  for (let k = 1; k < arr.length; k++) arr[k] = (arr[k] as number) + (arr[k - 1] as number);
  return arr;
}
