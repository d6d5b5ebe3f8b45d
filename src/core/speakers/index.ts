/**
 * Speakers: the speaker key (shared with the library and related coverage), the phrase parser and the
 * per-article registry.
 */
export { type Entity, parseEntity, type TokenView } from "./entity.ts";
export { lastKeyWord, speakerKey } from "./key.ts";
export { SpeakerRegistry } from "./registry.ts";
