import { SEED_ROWS } from "../../fixtures/seed-cells";
import { parseIndicatorText } from "../../../src/core/parse";
test("bench", () => {
  const cells = SEED_ROWS.map((r) => r.indicators);
  let lines = 0;
  for (const c of cells) lines += parseIndicatorText(c, { sheet: "S", row: 0, col: 0 }).indicators.length;
  for (let w = 0; w < 200; w++) for (const c of cells) parseIndicatorText(c, { sheet: "S", row: 0, col: 0 });
  const N = 1000;
  const t0 = process.hrtime.bigint();
  for (let w = 0; w < N; w++) for (const c of cells) parseIndicatorText(c, { sheet: "S", row: 0, col: 0 });
  const ns = Number(process.hrtime.bigint() - t0);
  console.log(`per cell ${(ns / N / cells.length / 1000).toFixed(1)} µs; per indicator ${(ns / N / lines / 1000).toFixed(2)} µs`);
});
