/**
 * A field's value that is loaded only when a query selects it: graphql-js awaits anything with
 * a `then`, and nothing else calls it (a view copies the object, it does not read it). An
 * intake or a decision answered as `{ id status }` then costs no read of the history.
 */
export function onDemand<T>(load: () => Promise<T>): PromiseLike<T> {
  let loading: Promise<T> | undefined;
  return {
    then: (onValue, onError) => (loading ??= load()).then(onValue, onError),
  };
}
