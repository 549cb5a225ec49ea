// Preloaded into the CLI's process by the benchmark (`node -r`): when the process exits, its peak
// resident memory (getrusage: all its threads, the workers included) goes, in kB, to the file named
// by AGENCY_BENCH_RSS. Worker threads load it too and do nothing.
const { isMainThread } = require('node:worker_threads');
const file = process.env.AGENCY_BENCH_RSS;
if (isMainThread && file)
  process.on('exit', () => require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS)));
