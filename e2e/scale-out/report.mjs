// One line per check ("ok   name (detail) (1.2s)" / "FAIL name: why"), and the totals line the CI step reads.
let passed = 0;
let failed = 0;

export async function check(name, fn) {
  const t0 = Date.now();
  try {
    const detail = await fn();
    passed += 1;
    console.log(`ok   ${name}${detail ? ` (${detail})` : ''} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
    return true;
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${name}: ${e.message}`);
    return false;
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(typeof message === 'function' ? message() : message);
}

export const totals = () => ({ passed, failed });
