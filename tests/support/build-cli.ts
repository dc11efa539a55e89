/** vitest global setup: builds dist/cli/ from the current sources (the binary the e2e tests spawn runs it). */
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
