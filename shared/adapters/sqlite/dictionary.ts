/** Strings as small integers, in the order first seen. */
export class Dictionary {
  private readonly ords = new Map<string, number>();
  readonly values: string[] = [];

  ordOf(value: string): number {
    let ord = this.ords.get(value);
    if (ord === undefined) {
      ord = this.values.length;
      this.ords.set(value, ord);
      this.values.push(value);
    }
    return ord;
  }

  find(value: string): number | undefined {
    return this.ords.get(value);
  }
}
