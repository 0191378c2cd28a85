import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lowerBound} from '../../src/lib/sorted.js'

describe('lowerBound', () => {
  it('finds the first index not before a value, as a scan would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: -50, max: 50})), fc.integer({min: -60, max: 60}), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b)
        const scan = sorted.findIndex((item) => item >= value)
        expect(lowerBound(sorted.length, (index) => sorted[index] < value)).toBe(scan < 0 ? sorted.length : scan)
      })
    )
  })
})
