// One line per check ("PASS name" / "FAIL name: why"); the step script counts them.
let failures = 0;

export async function check(name, fn) {
  try {
    const detail = await fn();
    console.log(`PASS ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    failures += 1;
    console.log(`FAIL ${name}: ${error.message}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function finish() {
  process.exitCode = failures === 0 ? 0 : 1;
}
