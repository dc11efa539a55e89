/**
 * The signal the speed and accessibility scripts wait on: <body data-state="loading|ready|error">,
 * and a performance mark once results are on screen.
 */
export type PageState = 'loading' | 'ready' | 'error';

export function setPageState(state: PageState): void {
  document.body.dataset['state'] = state;
  if (state === 'ready') performance.mark('results-drawn');
}
