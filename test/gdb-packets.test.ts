// RSP framing (src/gdb/packets.ts): checksums, frames, the byte-stream decoder (acks, Ctrl-C,
// resync on `$`, bad checksums, oversize), binary escaping, run-length coding, hex and thread-id
// parsing — and 10k+ random and mutated inputs that must never throw. Plus the target
// description (src/gdb/target-xml.ts) against the register table and the committed gdb/*.xml.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import {
  PacketDecoder, bytesToHex, checksum, escapeBinary, formatThreadId, framePacket, hexToBytes, hexToText,
  parseHexBig, parseHexNum, parseThreadId, rleDecode, rleEncode, textToHex, unescapeBinary, type WireEvent,
} from '../src/gdb/packets.ts';
import { featureXml, targetDescription, targetXml } from '../src/gdb/target-xml.ts';
import {
  GDB_REGISTERS, G_PACKET_BYTES, G_PACKET_REGS, REG_CPSR, REG_FPCR, REG_FPSR, REG_PC, REG_SP, REG_SYSREGS, REG_V0, gdbRegNo,
} from '../src/gdb/target.ts';

const enc = (s: string) => Buffer.from(s, 'latin1');

// A tiny deterministic PRNG (xorshift32) so failures reproduce.
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  const next = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x; };
  return { next, int: (n: number) => next() % n, pick: <T>(a: readonly T[]) => a[next() % a.length] };
}

test('checksum and framing match the transcript (QEMU <-> gdb 13)', () => {
  assert.is(checksum(''), 0);
  assert.is(framePacket(''), '$#00');
  assert.is(framePacket('OK'), '$OK#9a');
  assert.is(framePacket('g'), '$g#67');
  assert.is(framePacket('?'), '$?#3f');
  assert.is(framePacket('vCont;s:p1.1;c:p1.-1'), '$vCont;s:p1.1;c:p1.-1#f7');
  assert.is(framePacket('T05thread:p01.01;'), '$T05thread:p01.01;#06');
  assert.is(framePacket('T02thread:p01.01;'), '$T02thread:p01.01;#03');
  assert.is(framePacket('qXfer:features:read:target.xml:0,ffb'), '$qXfer:features:read:target.xml:0,ffb#79');
  assert.is(framePacket('E14'), '$E14#aa');
  assert.is(framePacket('mp01.01'), '$mp01.01#cd');
  assert.is(framePacket('Z1,ffff8000093909f4,4'), '$Z1,ffff8000093909f4,4#4f');
  assert.is(framePacket('D;1'), '$D;1#b0');
});

test('decoder: packets, acks, interrupt, noise between packets', () => {
  const d = new PacketDecoder();
  const ev = d.feed(enc('+' + framePacket('qSupported:multiprocess+') + '-\x03junk$g#67'));
  assert.equal(ev, [
    { type: 'ack' },
    { type: 'packet', payload: 'qSupported:multiprocess+', checksumOk: true, overflow: false },
    { type: 'nack' },
    { type: 'interrupt' },
    { type: 'packet', payload: 'g', checksumOk: true, overflow: false },
  ]);
});

test('decoder: split across chunks at every position gives the same events', () => {
  const wire = '+$m40000000,4#51$c#63\x03$X40000000,4:ab}]*x#00';
  const whole = new PacketDecoder().feed(enc(wire));
  for (let cut = 0; cut <= wire.length; cut++) {
    for (let cut2 = cut; cut2 <= wire.length; cut2 += 3) {
      const d = new PacketDecoder();
      const ev = [...d.feed(enc(wire.slice(0, cut))), ...d.feed(enc(wire.slice(cut, cut2))), ...d.feed(enc(wire.slice(cut2)))];
      assert.equal(ev, whole, `cuts ${cut},${cut2}`);
    }
  }
  assert.is(whole.filter((e) => e.type === 'packet').length, 3);
});

test('decoder: bad checksum, non-hex checksum, upper-case checksum', () => {
  const d = new PacketDecoder();
  assert.equal(d.feed(enc('$g#68')), [{ type: 'packet', payload: 'g', checksumOk: false, overflow: false }]);
  assert.equal(d.feed(enc('$g#6z')), [{ type: 'packet', payload: 'g', checksumOk: false, overflow: false }]);
  assert.equal(d.feed(enc('$OK#9A')), [{ type: 'packet', payload: 'OK', checksumOk: true, overflow: false }]);
});

test('decoder: a raw $ inside a packet restarts it; 0x03 inside a packet is data', () => {
  const d = new PacketDecoder();
  assert.equal(d.feed(enc('$m4000$?#3f')), [{ type: 'packet', payload: '?', checksumOk: true, overflow: false }]);
  const x = 'X0,1:\x03';
  assert.equal(d.feed(enc(framePacket(x))), [{ type: 'packet', payload: x, checksumOk: true, overflow: false }]);
  assert.is(d.inPacket, false);
  d.feed(enc('$abc'));
  assert.is(d.inPacket, true);
});

test('decoder: oversized packet is flagged, truncated, checksum still verified', () => {
  const d = new PacketDecoder(16);
  const big = 'M0,20:' + '00'.repeat(0x20);
  const [e] = d.feed(enc(framePacket(big)));
  assert.ok(e.type === 'packet');
  if (e.type === 'packet') {
    assert.is(e.overflow, true);
    assert.is(e.checksumOk, true);
    assert.is(e.payload, big.slice(0, 16));
  }
  const [e2] = d.feed(enc('$' + 'a'.repeat(40) + '#00'));
  assert.ok(e2.type === 'packet' && e2.overflow && !e2.checksumOk);
  const [e3] = d.feed(enc('$OK#9a'));
  assert.equal(e3, { type: 'packet', payload: 'OK', checksumOk: true, overflow: false });
});

test('binary escaping round-trips every byte; specials are escaped', () => {
  const all = new Uint8Array(256).map((_, i) => i);
  const esc = escapeBinary(all);
  for (const ch of ['$', '#', '*']) assert.not.ok(esc.includes(ch), ch);
  assert.equal(unescapeBinary(esc), all);
  assert.is(escapeBinary(Uint8Array.of(0x7d, 0x23, 0x24, 0x2a, 0x41)), '}]}\x03}\x04}\x0aA');
  assert.equal(unescapeBinary('}]}\x03}\x04}\x0aA'), Uint8Array.of(0x7d, 0x23, 0x24, 0x2a, 0x41));
  assert.is(unescapeBinary('abc}'), undefined);
  assert.equal(unescapeBinary(''), new Uint8Array(0));
});

test('run-length encoding: gdb example, limits, never # or $ as count', () => {
  assert.is(rleDecode('0* '), '0000');      // the manual's example: "0* " = "0000"
  assert.is(rleEncode('0000'), '0* ');
  assert.is(rleEncode('000'), '000');       // too short to pay
  assert.is(rleDecode('*a'), undefined);
  assert.is(rleDecode('a*'), undefined);
  assert.is(rleDecode('a*\x1f'), undefined); // count 2 is below the minimum
  for (let n = 1; n < 400; n++) {
    const s = 'x' + '0'.repeat(n) + 'y' + 'f'.repeat(n % 50);
    const e = rleEncode(s);
    assert.is(rleDecode(e), s, `n=${n}`);
    for (let i = 0; i < e.length; i++) if (e[i] === '*') assert.not.ok(e[i + 1] === '#' || e[i + 1] === '$', `n=${n}`);
  }
  assert.is(rleEncode('}}}}}}'), '}}}}}}');
  assert.is(rleDecode('0*~', 10), undefined);  // expansion cap
});

test('hex helpers and number parsing', () => {
  assert.is(bytesToHex(Uint8Array.of(0, 0x7f, 0xff)), '007fff');
  assert.equal(hexToBytes('007FfF'), Uint8Array.of(0, 0x7f, 0xff));
  assert.is(hexToBytes('0'), undefined);
  assert.is(hexToBytes('zz'), undefined);
  assert.is(textToHex('CPU#0 [running]'), '4350552330205b72756e6e696e675d');
  assert.is(hexToText('68656c70'), 'help');
  assert.is(parseHexBig('ffff8000093909f4'), 0xffff8000093909f4n);
  assert.is(parseHexBig('1ffff8000093909f4'), undefined);
  assert.is(parseHexBig(''), undefined);
  assert.is(parseHexBig('-1'), undefined);
  assert.is(parseHexNum('ffb'), 0xffb);
  assert.is(parseHexNum('123456789'), undefined);
  assert.is(parseHexNum('1x'), undefined);
});

test('thread ids: multiprocess and plain forms', () => {
  assert.equal(parseThreadId('p1.1'), { pid: 1, tid: 1 });
  assert.equal(parseThreadId('p01.02'), { pid: 1, tid: 2 });
  assert.equal(parseThreadId('p1.-1'), { pid: 1, tid: -1 });
  assert.equal(parseThreadId('p0.0'), { pid: 0, tid: 0 });
  assert.equal(parseThreadId('p1'), { pid: 1, tid: -1 });
  assert.equal(parseThreadId('-1'), { tid: -1 });
  assert.equal(parseThreadId('0'), { tid: 0 });
  assert.equal(parseThreadId('1f'), { tid: 31 });
  for (const bad of ['', 'p', 'p.1', 'p1.', 'x', '-2', 'p1.1.1', 'p-1.x']) assert.is(parseThreadId(bad), undefined, bad);
  assert.is(formatThreadId(1, true), 'p01.01');
  assert.is(formatThreadId(2, false), '02');
  assert.is(formatThreadId(300, true), 'p01.12c');
});

test('register table: QEMU numbering, 268-byte g packet, required system registers', () => {
  assert.is(GDB_REGISTERS[0].name, 'x0');
  assert.is(GDB_REGISTERS[30].name, 'x30');
  assert.equal([REG_SP, REG_PC, REG_CPSR].map((i) => GDB_REGISTERS[i].name), ['sp', 'pc', 'cpsr']);
  assert.is(GDB_REGISTERS[REG_CPSR].bits, 32);
  assert.is(GDB_REGISTERS[REG_V0].name, 'v0');
  assert.is(GDB_REGISTERS[REG_V0].bits, 128);
  assert.is(GDB_REGISTERS[REG_V0 + 31].name, 'v31');
  assert.equal([REG_FPSR, REG_FPCR].map((i) => [GDB_REGISTERS[i].name, GDB_REGISTERS[i].bits]), [['fpsr', 32], ['fpcr', 32]]);
  assert.is(REG_SYSREGS, 68);  // QEMU's system-registers.xml starts at regnum 68 too
  assert.is(G_PACKET_REGS, 34);
  assert.is(G_PACKET_BYTES, 268);
  for (const n of ['SP_EL0', 'SP_EL1', 'ELR_EL1', 'SPSR_EL1', 'ESR_EL1', 'FAR_EL1', 'VBAR_EL1', 'SCTLR_EL1', 'TCR_EL1',
    'TTBR0_EL1', 'TTBR1_EL1', 'MAIR_EL1', 'CONTEXTIDR_EL1', 'TPIDR_EL0', 'TPIDR_EL1', 'CurrentEL', 'DAIF',
    'CNTV_CTL_EL0', 'CNTV_CVAL_EL0']) {
    const i = gdbRegNo(n);
    assert.ok(i >= REG_SYSREGS, n);
    assert.is(GDB_REGISTERS[i].bits, 64, n);
    assert.is(GDB_REGISTERS[i].group, 'system', n);
  }
  assert.is(new Set(GDB_REGISTERS.map((r) => r.name)).size, GDB_REGISTERS.length, 'names are unique');
});

test('target description: generated XML numbers registers as the table; gdb/*.xml are the same text', () => {
  const t = targetXml();
  assert.ok(t.includes('<architecture>aarch64</architecture>'));
  for (const f of ['aarch64-core.xml', 'aarch64-fpu.xml', 'aarch64-sysregs.xml']) assert.ok(t.includes(`href="${f}"`), f);
  const docs = targetDescription();
  assert.equal([...docs.keys()], ['target.xml', 'aarch64-core.xml', 'aarch64-fpu.xml', 'aarch64-sysregs.xml']);
  // Walk every <reg> in include order: the running number must equal the table index.
  let n = 0;
  for (const f of ['aarch64-core.xml', 'aarch64-fpu.xml', 'aarch64-sysregs.xml']) {
    for (const m of docs.get(f)!.matchAll(/<reg name="([^"]+)" bitsize="(\d+)"(?: regnum="(\d+)")?/g)) {
      if (m[3] !== undefined) n = Number(m[3]);
      assert.is(m[1], GDB_REGISTERS[n].name);
      assert.is(Number(m[2]), GDB_REGISTERS[n].bits);
      n++;
    }
  }
  assert.is(n, GDB_REGISTERS.length);
  assert.ok(featureXml('core').includes('<feature name="org.gnu.gdb.aarch64.core">'));
  assert.ok(featureXml('fpu').includes('<union id="aarch64v">'));
  // Fewer registers on the target: the sysregs feature shrinks and then disappears.
  assert.not.ok(targetDescription(68).has('aarch64-sysregs.xml'));
  assert.ok(targetDescription(70).get('aarch64-sysregs.xml')!.includes('SP_EL1'));
  assert.not.ok(targetDescription(70).get('aarch64-sysregs.xml')!.includes('ELR_EL1'));
  for (const [name, text] of docs) {
    const file = readFileSync(new URL(`../gdb/${name}`, import.meta.url), 'utf8');
    assert.is(file, text, `gdb/${name} is out of date`);
  }
});

test('fuzz: 20,000 random and mutated byte streams never throw; valid packets still decode after', () => {
  const r = rng(0x9db);
  const seeds = [
    '$qSupported:multiprocess+;swbreak+;hwbreak+#00', '$g#67', '$m40000000,4#51', '$X40000000,4:ab}]}\x03z#00',
    '$vCont;s:p1.1;c:p1.-1#f7', '+', '-', '\x03', '$', '#', '}', '*', '$#00', '$Z0,1,4#xx',
  ];
  const specials = [0x24, 0x23, 0x7d, 0x2a, 0x03, 0x2b, 0x2d, 0x00, 0xff];
  const d = new PacketDecoder(64);
  let events = 0;
  for (let i = 0; i < 20000; i++) {
    let bytes: number[];
    if (i % 2 === 0) {
      bytes = Array.from({ length: r.int(80) }, () => (r.int(3) === 0 ? r.pick(specials) : r.int(256)));
    } else {
      bytes = [...enc(seeds.slice(0, 1 + r.int(seeds.length)).map(() => r.pick(seeds)).join(''))];
      for (let k = r.int(6); k > 0; k--) {
        const op = r.int(4), at = r.int(bytes.length + 1);
        if (op === 0) bytes.splice(at, 1);
        else if (op === 1) bytes.splice(at, 0, r.pick(specials));
        else if (op === 2) bytes[at] = r.int(256);
        else bytes.splice(at, r.int(10));
      }
    }
    const ev: WireEvent[] = d.feed(Uint8Array.from(bytes));
    events += ev.length;
    for (const e of ev) if (e.type === 'packet') assert.ok(e.payload.length <= 64);
    // The helpers must never throw on whatever came out either.
    const s = Buffer.from(bytes).toString('latin1');
    rleDecode(s, 4096); unescapeBinary(s); parseThreadId(s); hexToBytes(s); parseHexBig(s); parseHexNum(s); hexToText(s.slice(0, 40));
  }
  assert.ok(events > 1000, `events ${events}`);
  // Resynchronise: a `$` always starts afresh.
  assert.equal(d.feed(enc('$g#67')).at(-1), { type: 'packet', payload: 'g', checksumOk: true, overflow: false });
});

test.run();
