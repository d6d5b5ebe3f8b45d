/** Claims. Placeholder: the claims work fills this in. */
import type { Claim, Quote, Speaker } from "../types.ts";

export interface ClaimInput {
  text: string;
  quotes: Quote[];
  speakers: Speaker[];
}

export function findClaims(_input: ClaimInput): Claim[] {
  return [];
}
