/** `isnad related`. Placeholder for the related-coverage work. */
export async function runRelated(_args: string[]): Promise<number> {
  process.stderr.write("isnad related: not implemented yet\n");
  return 2;
}
