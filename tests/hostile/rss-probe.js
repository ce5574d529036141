// Loaded with `node -r` in front of the CLI by the hostile-input suite: when the process ends, its peak
// resident memory (all threads) and how long it ran go to the file named by JIXIAO_PROBE_FILE, as
// JSON. The peak is VmHWM from /proc/self/status (getrusage's maxrss would include the peak of the
// process that spawned this one: Linux keeps it across exec).
"use strict";
const fs = require("fs");

process.on("exit", () => {
  const file = process.env.JIXIAO_PROBE_FILE;
  if (!file) return;
  let kb = process.resourceUsage().maxRSS;
  try {
    const m = /VmHWM:\s*(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) kb = Number(m[1]);
  } catch {
    // not Linux: maxRSS
  }
  fs.writeFileSync(file, JSON.stringify({ rssKb: kb, ms: Math.round(process.uptime() * 1000) }));
});
