/**
 * What only the WPS adapter does around template insertion: its record lives in the very hidden sheet
 * (an unreadable one is dropped with a message that does not point to Ctrl+Z — WPS keeps no undo step
 * for an add-in's writes), a new sheet is refused under workbook structure protection, and the created
 * sheet's deletion asks WPS not to prompt, putting DisplayAlerts and ScreenUpdating back afterwards.
 */
import Decimal from "decimal.js";
import { renderSet, resolveParams } from "../../src/core/templates";
import { planInsertion } from "../../src/host/insert";
import { INSERT_KEY } from "../../src/host/insert/insert-record";
import { createWpsGateway } from "../../src/wps/wps-gateway";
import { workbookStore } from "../../src/wps/wps-store";
import { fakeSheet, fakeWorkbook, findSheet, selectCell, workbookSnapshot } from "../excel/fake-excel";
import { value } from "../excel/helpers";
import { library, planFor, wideBook } from "../excel/insert-fixtures";
import { FakeWps } from "./fake-wps/fake-wps";

const storeOf = (wps: FakeWps) => workbookStore(wps.ActiveWorkbook!, () => wps.ActiveSheet);

async function newSheetPlan(wps: FakeWps) {
  const t = library.find("会议")!;
  const p = resolveParams(t, { 会议次数: 4, 参会人数: 30, 会期天数: 1 }, new Decimal("3.4"));
  if (!p.ok) throw new Error(p.problems[0].message);
  const r = renderSet(t, p.params, new Decimal("3.4"), { profile: "2015" });
  if (!r.ok) throw new Error(r.problems[0].message);
  selectCell(wps.data, wps.data.sheets[0].name, "A1");
  const target = value(await createWpsGateway({ app: wps }).selectedProject());
  return value(
    planInsertion(target, r.set, {
      into: "newSheet",
      mode: "replace",
      goal: "",
      newProject: { name: "政协常委会议工作经费", amount: new Decimal("3.4"), goal: "召开常委会议4次。" },
    }),
  );
}

describe("insertion on WPS", () => {
  it("keeps its record in the very hidden sheet and drops one it cannot read", async () => {
    const data = wideBook();
    const wps = new FakeWps(data);
    const g = createWpsGateway({ app: wps });
    const { plan } = await planFor(g, data, "公开表", "B5");
    value(await g.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(JSON.parse(storeOf(wps).get(INSERT_KEY)!)).toMatchObject({
      v: 1,
      sheet: "公开表",
      created: false,
    });
    expect(data.settings.size).toBe(0);
    storeOf(wps).set(INSERT_KEY, "{broken");
    expect(value(await g.lastInsertion())).toBeNull();
    const out = await g.undoInsertion();
    expect(out).toEqual({ ok: false, message: expect.stringContaining("插入记录已损坏") });
    expect(out.ok ? "" : out.message).not.toContain("Ctrl+Z");
    expect(storeOf(wps).get(INSERT_KEY)).toBeNull();
    expect(await g.undoInsertion()).toEqual({ ok: false, message: "没有可撤销的插入。" });
  });

  it("refuses a new sheet under workbook structure protection, writing nothing", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "说明", values: [["填报说明"]] })]);
    const wps = new FakeWps(data);
    const plan = await newSheetPlan(wps);
    data.structureProtected = true;
    const before = workbookSnapshot(data);
    const out = await createWpsGateway({ app: wps }).insertTemplate(plan, { confirmedOverwrite: false });
    expect(out).toEqual({ ok: false, message: expect.stringContaining("工作簿结构受保护") });
    expect(workbookSnapshot(data)).toEqual(before);
  });

  it("deletes the created sheet without a prompt, then puts DisplayAlerts and ScreenUpdating back", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "说明", values: [["填报说明"]] })]);
    const wps = new FakeWps(data);
    const plan = await newSheetPlan(wps);
    const g = createWpsGateway({ app: wps });
    const out = value(await g.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(findSheet(data, out.sheet)?.visibility).toBe("Visible");
    expect(data.activeSheet).toBe(out.sheet);
    value(await g.undoInsertion());
    expect(findSheet(data, out.sheet)).toBeUndefined();
    expect([wps.DisplayAlerts, wps.ScreenUpdating]).toEqual([true, true]);
    expect(data.activeSheet).toBe("说明");
  });
});
