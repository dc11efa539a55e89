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
  version(n: number): string;
  /** Version number of a concrete index name, or null when it is not one of ours. */
  versionOf(index: string): number | null;
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
    version: (n) => `${base}-v${n}`,
    versionOf: (index) => {
      const match = index.startsWith(`${base}-v`) ? /^(\d+)$/.exec(index.slice(base.length + 2)) : null;
      return match ? Number(match[1]) : null;
    },
  };
}
