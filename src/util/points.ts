/**
 * Line, column and offset of offsets in a text, by a binary search over its
 * line starts: readers that place thousands of nodes in a long page do not
 * count lines from the start each time.
 */
import type {Point} from 'unist'

export function pointsOf(text: string): (offset: number) => Point {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low] + 1, offset}
  }
}
