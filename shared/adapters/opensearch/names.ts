/**
 * Names of everything the adapter creates for one prefix. Readers and writers only ever use the
 * aliases; the concrete index behind them is versioned so a reindex can swap it without downtime.
 */
export interface IndexNames {
  readonly template: string;
  /** Pattern the template applies to: every versioned concrete index of this prefix. */
  readonly pattern: string;
  readonly read: string;
  readonly write: string;
  /** First index of version n; rollover adds -000002, -000003, … (the suffix ISM's rollover increments). */
  version(n: number): string;
  /** Version number of a concrete index name (`-v<n>` or `-v<n>-<generation>`), or null when it is not one of ours. */
  versionOf(index: string): number | null;
  /** Name of the ISM policy that rolls the write index over. */
  readonly rolloverPolicy: string;
}

export function indexNames(prefix: string): IndexNames {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(prefix)) {
    // OpenSearch index names must be lower case without spaces, commas or wildcards.
    throw new Error(`Invalid OpenSearch index prefix "${prefix}": use lower-case letters, digits, "-" and "_"`);
  }
  const base = `${prefix}-articles`;
  return {
    template: base,
    pattern: `${base}-v*`,
    read: `${base}-read`,
    write: `${base}-write`,
    version: (n) => `${base}-v${n}-000001`,
    versionOf: (index) => {
      const match = index.startsWith(`${base}-v`) ? /^(\d+)(?:-\d+)?$/.exec(index.slice(base.length + 2)) : null;
      return match ? Number(match[1]) : null;
    },
    rolloverPolicy: `${base}-rollover`,
  };
}
