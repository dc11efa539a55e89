/** Placeholder while the pipeline use cases land; replaced by the real handler. */
export async function handler(): Promise<never> {
  throw new Error('not implemented yet');
}
