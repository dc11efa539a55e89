/**
 * vitest global setup: builds dist/cli/ from the current sources (the binary the e2e tests spawn
 * runs it) and the web workspace into web/dist/ (served by the API and browser tests, deployed by
 * the infra stack), so a stale build is never what gets tested.
 */
import { buildCli } from '../../scripts/build-cli.mjs';
import { buildWeb } from '../../scripts/build-web.mjs';

export default async function setup(): Promise<void> {
  await Promise.all([buildCli(), buildWeb({ quiet: true })]);
}
