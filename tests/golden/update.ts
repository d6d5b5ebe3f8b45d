/**
 * `npm run golden:update`: rewrites tests/fixtures/pages/<name>/expected.json from the current
 * extractor, for review with `git diff` before committing. Never run it to make a failing test pass
 * without reading the diff.
 */
import { writeFileSync } from "node:fs";
import { expectedPath, extractFixture, fixtureNames } from "./pages.ts";

for (const name of fixtureNames()) {
  const page = extractFixture(name);
  writeFileSync(expectedPath(name), `${JSON.stringify(page, null, 2)}\n`);
  console.log(`${name}: ${page.isArabic ? "ar" : page.language} articles=${page.articleCount}`);
}
