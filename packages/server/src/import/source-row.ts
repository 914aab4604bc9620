/** One record of an import file: the line it starts on, and the byte offset just after it (where a resumed import reads on). */
export interface SourceRow<T> {
  readonly line: number;
  readonly end: number;
  readonly value: T;
}
