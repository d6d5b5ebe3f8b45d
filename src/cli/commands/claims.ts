/** `isnad claims`: one sentence a line on stdin → one JSON line each. Placeholder for the claims work. */
export async function runClaims(_args: string[]): Promise<number> {
  process.stderr.write("isnad claims: not implemented yet\n");
  return 2;
}
