import { measureSyncs } from "./fake-excel/measure-syncs";
it("prof", async () => {
  for (const api of ["1.20", "1.12"]) {
    const t = Date.now();
    const r = await measureSyncs(10000, api);
    console.log(api, Date.now() - t, JSON.stringify(r));
  }
}, 200000);
