// @vitest-environment happy-dom
/**
 * The content script's sliced work: drive() runs step generators in time-boxed slices and stops when
 * aborted; extraction in steps gives extractPage's result while yielding all along a big page; the gate's
 * page sample reads bounded windows of visible text; the highlight text map reads the same characters the
 * regular expressions it replaced did, in steps.
 */
import { describe, expect, it } from "vitest";
import { type DriveStats, drive } from "../../content-scripts/lifecycle.ts";
import { pageSample, SAMPLE_WINDOW } from "../../content-scripts/sample.ts";
import { buildTextMap, buildTextMapSteps, foldText, originOf } from "../../content-scripts/textMap.ts";
import { looksArabic } from "../../src/core/language/gate.ts";
import { runSteps, type Steps } from "../../src/core/stepper.ts";
import { extractPage, extractPageSteps } from "../../src/extract/index.ts";

/** A fake clock: each step advances it by `cost` ms. */
function clocked(costs: number[]): { steps: Steps<string>; now: () => number; ran: number[] } {
  let time = 0;
  const ran: number[] = [];
  function* gen(): Steps<string> {
    for (let i = 0; i < costs.length; i++) {
      time += costs[i];
      ran.push(i);
      yield;
    }
    return "done";
  }
  return { steps: gen(), now: () => time, ran };
}

describe("drive", () => {
  it("runs steps until the slice's budget is spent, then waits for the next slice", async () => {
    const { steps, now } = clocked([3, 3, 3, 3, 3, 3, 3]);
    const slices: number[] = [];
    const stats: DriveStats = { slices: 0, steps: 0, longestMs: 0 };
    const value = await drive(steps, undefined, {
      now,
      stats,
      next: async () => {
        slices.push(now());
        return 7; // each slice may take 7 ms: three steps of 3 ms (the third overruns)
      },
    });
    expect(value).toBe("done");
    expect(slices).toEqual([0, 9, 18]);
    expect(stats.slices).toBe(3);
    expect(stats.longestMs).toBe(9);
  });

  it("ends a slice as soon as a step overruns the budget", async () => {
    const { steps, now } = clocked([1, 40, 1, 1, 4, 1]);
    const starts: number[] = [];
    await drive(steps, undefined, {
      now,
      next: async () => {
        starts.push(now());
        return 5;
      },
    });
    // The 40 ms step ended the first slice; the second ran until 5 ms were spent (1 + 1 + 4).
    expect(starts).toEqual([0, 41, 47]);
  });

  it("stops at the next slice once aborted, without running further steps", async () => {
    const { steps, now, ran } = clocked([5, 5, 5, 5, 5, 5]);
    const controller = new AbortController();
    let calls = 0;
    const done = drive(steps, controller.signal, {
      now,
      next: async (signal) => {
        if (++calls === 2) controller.abort();
        signal?.throwIfAborted();
        return 9;
      },
    });
    await expect(done).rejects.toThrow();
    expect(ran).toEqual([0, 1]); // the first slice only
  });

  it("must NOT run anything synchronously: the page gets a turn first", async () => {
    const { steps, now, ran } = clocked([1, 1]);
    const done = drive(steps, undefined, { now });
    expect(ran).toEqual([]);
    await done;
    expect(ran).toEqual([0, 1]);
  });
});

/** A page of `n` Arabic paragraphs inside an <article>. */
function bigPage(n: number): string {
  const p = "قال وزير الخارجية إن المحادثات مع الجانب الآخر ستستأنف الأسبوع المقبل في العاصمة، مضيفا أن الوفد جاهز.";
  return `<article><h1>عنوان الخبر الطويل جدا</h1>${Array.from({ length: n }, (_, i) => `<p>${p} (${i})</p>`).join("")}</article>`;
}

describe("extractPageSteps", () => {
  it("gives extractPage's result and yields all along a big page", () => {
    document.body.innerHTML = bigPage(3_000);
    const steps = extractPageSteps(document, "https://example.com/news/1");
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(r.value).toEqual(extractPage(document, "https://example.com/news/1"));
    expect(r.value.articles[0]?.blocks.length).toBe(3_000);
    // At least one yield per 64 nodes walked and per 250 body units.
    expect(yields).toBeGreaterThan(3_000 / 64 + 3_000 / 250);
  });
});

describe("pageSample", () => {
  it("reads start, middle and end windows of visible text, never script or style", () => {
    const latin = "<p>Home News Sports Weather Contact About Login Subscribe Search Menu</p>".repeat(60);
    const arabic = "<p>قال الوزير إن الحكومة مستعدة للحوار مع جميع الأطراف.</p>".repeat(200);
    document.body.innerHTML = `<script>var x = "${"z".repeat(5000)}";</script>${latin}<div>${arabic}</div>${latin}<style>p{}</style>`;
    const sample = pageSample(document);
    expect(sample.length).toBeLessThanOrEqual(3 * SAMPLE_WINDOW + 2);
    expect(sample).not.toContain("zzz");
    expect(sample).toContain("Home News"); // the start
    expect(sample).toContain("الحكومة مستعدة"); // the middle
    expect(sample.trimEnd().endsWith("Subscribe Search Menu")).toBe(true); // the end
    expect(looksArabic(sample)).toBe(true);
  });

  it("is the whole visible text of a small page", () => {
    document.body.innerHTML = "<p>قال الوزير</p><p>إن الحكومة مستعدة</p>";
    expect(pageSample(document)).toBe("قال الوزير إن الحكومة مستعدة");
  });

  it.each([
    ["an English page", "<p>The minister said the government is ready to talk to everyone.</p>".repeat(300)],
    ["an empty body", ""],
    ["Arabic only inside a script", `<script>"${"قال الوزير ".repeat(500)}"</script><p>Hello world</p>`],
  ])("must NOT look Arabic: %s", (_name, html) => {
    document.body.innerHTML = html;
    expect(looksArabic(pageSample(document))).toBe(false);
  });
});

describe("text map", () => {
  // The regular expressions the map used before it compared character codes.
  const INVISIBLE = /[\u00ad\u0640\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
  const SPACE = /\s/;

  it("drops exactly the characters /\\s/ and the invisible set match, over all of the BMP", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const dropped = foldText(ch) === "";
      if (dropped !== (SPACE.test(ch) || INVISIBLE.test(ch))) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("builds the same map in steps as at once, yielding on a long page", () => {
    document.body.innerHTML = bigPage(2_000);
    const steps = buildTextMapSteps(document.body);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    const whole = buildTextMap(document.body);
    expect(r.value.text).toBe(whole.text);
    expect(r.value.nodes).toEqual(whole.nodes);
    expect(r.value.nodeOf.map((b) => [...b])).toEqual(whole.nodeOf.map((b) => [...b]));
    expect(r.value.offsetOf.map((b) => [...b])).toEqual(whole.offsetOf.map((b) => [...b]));
    expect(yields).toBeGreaterThan(5);
    expect(runSteps(buildTextMapSteps(document.body)).text).not.toMatch(/\s/);
  });

  it("knows where every character of a map over several blocks came from", () => {
    document.body.innerHTML = bigPage(2_000);
    const map = buildTextMap(document.body);
    expect(map.nodeOf.length).toBeGreaterThan(2); // the page's ≈190,000 letters fill three blocks
    const wrong: number[] = [];
    for (let i = 0; i < map.text.length; i++) {
      const { node, offset } = originOf(map, i);
      if (node.data[offset] !== map.text[i]) wrong.push(i);
    }
    expect(wrong).toEqual([]);
  });
});
