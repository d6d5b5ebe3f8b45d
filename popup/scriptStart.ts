// Imported first by main.tsx, so the mark is set before the other modules run (benchmark: tests/bench/popup.ts).
performance.mark("isnad:script-start");
