/**
 * Search in sorted lists.
 */

/**
 * The first index from 0 to `length` where `before` stops holding, for a
 * `before` that holds on a prefix of the indices (binary search).
 */
export function lowerBound(length: number, before: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >> 1
    if (before(middle)) low = middle + 1
    else high = middle
  }
  return low
}
