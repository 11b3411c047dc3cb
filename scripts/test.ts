// `npm test`'s runner: uvu over test/*.test.ts, with every failure repeated at the end of the output.
// uvu prints a failure's details under its suite, and a full run is ~15 minutes of output; a CI log
// that keeps only its tail would otherwise show "Passed: 1342 of 1343" and not which one failed.
import { spawn } from 'node:child_process';

const pattern = process.argv[2] ?? '\\.test\\.ts$';
const child = spawn(process.execPath, ['--import', 'tsx', 'node_modules/uvu/bin.js', 'test', pattern], {
  stdio: ['ignore', 'pipe', 'inherit'],
});

const ANSI = /\x1b\[[0-9;]*m/g;
let pending = '';
let suite = '';
let block: string[] | null = null;
const failures: string[][] = [];

function closeBlock(): void {
  if (block) failures.push(block);
  block = null;
}

function readLine(raw: string): void {
  const line = raw.replace(ANSI, '');
  if (/^\S+\.test\.ts$/.test(line)) {
    closeBlock();
    suite = line;
  } else if (/^\s+FAIL\s/.test(line)) {
    closeBlock();
    block = [`${suite}: ${line.trim()}`];
  } else if (block) {
    // Keep the message and the first frames; uvu's own frames say nothing.
    if (/^\s+Total:/.test(line)) closeBlock();
    else if (block.length < 30 && !/node_modules\/uvu\//.test(line)) block.push(line);
  }
}

child.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  pending += chunk.toString('utf8');
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const l of lines) readLine(l);
});

child.on('close', (code, signal) => {
  if (pending) readLine(pending);
  closeBlock();
  if (failures.length > 0) {
    console.log(`\n== ${failures.length} failing test(s), repeated here from above:`);
    for (const b of failures) {
      while (b.length > 1 && b[b.length - 1].trim() === '') b.pop();
      console.log(b.join('\n') + '\n');
    }
  }
  if (signal) {
    console.log(`== the test run was killed by ${signal}`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
