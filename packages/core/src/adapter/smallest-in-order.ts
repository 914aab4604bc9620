/**
 * The `count` smallest items in ascending order, in O(n log count) with a bounded max-heap: a
 * first page out of 100,000 records without sorting them all.
 */
export function smallestInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const heap: T[] = [];
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      siftUp(heap, heap.length - 1, compare);
    } else if (count > 0 && compare(item, heap[0] as T) < 0) {
      heap[0] = item;
      siftDown(heap, compare);
    }
  }
  return heap.sort(compare);
}

/** Max-heap order: a parent is never smaller than its children. */
function siftUp<T>(heap: T[], index: number, compare: (a: T, b: T) => number): void {
  const item = heap[index] as T;
  while (index > 0) {
    const parentIndex = (index - 1) >>> 1;
    const parent = heap[parentIndex] as T;
    if (compare(item, parent) <= 0) break;
    heap[index] = parent;
    index = parentIndex;
  }
  heap[index] = item;
}

function siftDown<T>(heap: T[], compare: (a: T, b: T) => number): void {
  const item = heap[0] as T;
  let index = 0;
  for (;;) {
    let largest = index * 2 + 1;
    if (largest >= heap.length) break;
    const right = largest + 1;
    if (right < heap.length && compare(heap[right] as T, heap[largest] as T) > 0) largest = right;
    if (compare(heap[largest] as T, item) <= 0) break;
    heap[index] = heap[largest] as T;
    index = largest;
  }
  heap[index] = item;
}
