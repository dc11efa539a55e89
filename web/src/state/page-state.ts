/**
 * The signal the speed and accessibility scripts wait on: <body data-state="loading|ready|error">,
 * and a performance mark once results are on screen.
 */
export type PageState = 'loading' | 'ready' | 'error';

let settledOnce = false;
const waitingForFirst: (() => void)[] = [];

export function setPageState(state: PageState): void {
  document.body.dataset['state'] = state;
  if (state === 'ready') performance.mark('results-drawn');
  if (state !== 'loading' && !settledOnce) {
    settledOnce = true;
    for (const callback of waitingForFirst.splice(0)) callback();
  }
}

/** Calls back once the page's first answer (results, or an error) is on screen: what is not needed for it waits. */
export function afterFirstAnswer(callback: () => void): void {
  if (settledOnce) callback();
  else waitingForFirst.push(callback);
}
