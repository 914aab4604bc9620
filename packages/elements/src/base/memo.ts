/**
 * `compute` remembering its last answer: called again with the same inputs (compared with `===`),
 * it returns that answer instead of working it out again. For values derived from query results
 * at every render, so an unchanged input keeps an unchanged output (and Lit's own checks see it).
 */
export function memo<const A extends readonly unknown[], R>(compute: (...inputs: A) => R): (...inputs: A) => R {
  let last: { readonly inputs: A; readonly result: R } | undefined;
  return (...inputs: A): R => {
    if (last && last.inputs.length === inputs.length && last.inputs.every((input, index) => input === inputs[index])) return last.result;
    last = { inputs, result: compute(...inputs) };
    return last.result;
  };
}
