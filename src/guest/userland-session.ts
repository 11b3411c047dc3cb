// Driving the Debian userland guest over its console, the same way under a64dbg and under QEMU:
// wait for bash's prompt, type one line, wait for the next prompt. Each command is wrapped in
// markers that its own output contains but its echo does not (`printf '@@%s@@\n' B3` prints
// "@@B3@@"; the echoed line shows the format string), so readline's echo, its horizontal
// scrolling on a console without terminfo, and the kernel's CR/LF translation never leak into a
// command's captured output. Used by test/userland.test.ts, scripts/make-userland-goldens.ts and
// scripts/bench-workload.ts.

import { DEBIAN_PROMPT } from './userland.ts';

export { DEBIAN_PROMPT };

/** bash's prompt in any folder: PS1='a64dbg-debian:\w\$ ' (DEBIAN_PROMPT is the one in ~). */
export const PROMPT_RE = /a64dbg-debian:[^\n]*[#$] $/;

export interface UserlandCommand {
  /** File name of the golden (test/golden/userland/<name>.out). */
  name: string;
  /** One line of bash. */
  cmd: string;
}

// Python and Perl snippets are kept free of single quotes: they sit inside '...' on the bash line.
const py = (code: string) => `python3 -c '${code}'`;
const pl = (code: string) => `perl -e '${code}'`;

/**
 * The userland checks: each one's output (stdout and stderr as the console shows them) and exit
 * status must be byte-identical under a64dbg and QEMU. Nothing here may depend on timing, PIDs,
 * addresses (ASLR) or the CPU model.
 */
export const USERLAND_COMMANDS: readonly UserlandCommand[] = [
  { name: 'bash-version', cmd: 'echo "$BASH_VERSION $BASH_VERSINFO ${#BASH_VERSINFO[@]}"; echo $- | tr -d H' },
  { name: 'bash-tty', cmd: 'tty; [[ $- == *m* ]] && echo job control on; stty -g | cut -d: -f1-4' },
  { name: 'bash-arith', cmd: 'echo $(( (1<<40) + 7*6 )) $(( -17 / 5 )) $(( -17 % 5 )) $(( 2**62 )) $(( 0x7fffffffffffffff + 1 )) $(( 1 << 63 >> 63 )) $(( 37#z ))' },
  { name: 'bash-arrays', cmd: 'a=(zeta alpha "mid dle" beta); a+=(omega); declare -A h=([x]=1 [y]=2 [z]=3); echo "${#a[@]} ${a[2]} ${a[@]:1:2} ${!a[*]}"; for k in $(printf "%s\\n" "${!h[@]}" | sort); do echo "$k=${h[$k]}"; done; IFS=$\'\\n\' sorted=($(sort <<<"${a[*]}")); unset IFS; echo "${sorted[*]}"' },
  { name: 'bash-printf', cmd: 'printf "%5.2f|%-6s|%x|%o|%e|%g|%10.4s|%c|%05d|%+.3f\\n" 3.14159 ab 255 8 12345.678 0.0001 abcdefgh xyz 42 -2.5; printf "%.20f\\n" 0.1; printf "%q\\n" "a b\'c"' },
  { name: 'bash-strings', cmd: 's="Hello, World"; echo "${s^^} ${s,,} ${s/World/a64dbg} ${#s} ${s:7:3} ${s#*, } ${s%o*}"; [[ abc123 =~ ^([a-z]+)([0-9]+)$ ]] && echo "${BASH_REMATCH[2]}${BASH_REMATCH[1]}"' },
  { name: 'bash-loop', cmd: 'sum=0; for ((i=1;i<=2000;i++)); do ((sum+=i*i%97)); done; echo $sum; f() { local n=$1; (( n <= 1 )) && echo 1 || echo $(( n * $(f $((n-1))) )); }; f 20' },
  { name: 'bash-subshells', cmd: '(exit 3); echo $?; false | true; echo ${PIPESTATUS[@]}; x=$(echo inner; exit 5); echo "$x $?"; { echo to-stderr >&2; } 2>&1; read -r w1 w2 <<<"one two three"; echo "$w2"' },
  { name: 'seq-sort', cmd: 'seq 1 1000 | sort -r | head -3; seq -w 8 12; seq 0.5 0.25 1.5 | tr "\\n" " "; echo; printf "%s\\n" 10 9 100 1e3 -5 | sort -g | tr "\\n" " "; echo' },
  { name: 'sort-uniq', cmd: 'printf "%s\\n" pear apple pear fig apple pear Banana banana | sort | uniq -c; printf "%s\\n" b a c a b | sort -u | paste -sd,' },
  { name: 'wc', cmd: 'seq 1 10000 | wc; printf "a b\\nc\\n\\nd" | wc -l -w -c -L' },
  { name: 'checksums', cmd: 'seq 1 10000 | sha256sum; printf abc | md5sum; printf abc | sha1sum; printf abc | sha512sum | cut -c1-64; printf abc | b2sum | cut -c1-64; seq 1 1000 | cksum' },
  { name: 'date', cmd: 'date -u -d @0; date -u -d @1700000000 "+%Y-%m-%dT%H:%M:%S%z %A %j %s"; date -u -d "2024-02-28 + 2 days" +%F' },
  { name: 'expr-factor', cmd: 'expr 6 \\* 7; expr length abcdef; expr 100 / 7 % 5; expr 123456789123 \\* 1000; factor 600851475143 18446744073709551615 1234567891011 97' },
  { name: 'text-tools', cmd: 'echo "a:b:c" | cut -d: -f2,3; echo hello | tr a-z A-Z; printf "x\\0y\\377" | od -An -tx1 -c; echo 1048576 | numfmt --to=iec; printf "%s\\n" 3 1 2 | tac | nl -ba; basename /usr/lib/x.so .so' },
  { name: 'gzip', cmd: 'seq 1 20000 | gzip -9 | sha256sum; seq 1 20000 | gzip -1 | gzip -dc | wc -c; echo a64dbg | gzip | gzip -l | tail -1 | tr -s " "' },
  { name: 'coreutils-files', cmd: '(cd /tmp && seq 1 5000 > f1 && split -l 2000 f1 part_ && ls part_* && cat part_* | cmp - f1 && echo same && stat -c "%s %a %F" f1 && rm -f f1 part_*)' },
  { name: 'perl-sprintf', cmd: pl('printf("%.10f %.3e %g %s %s %.15g\\n", 4*atan2(1,1), 1e-300*1e-10, 0.1+0.2, 1/7, 2**0.5, exp(1)); printf("%d %u %x %o %b\\n", -42, 3000000000, 255, 8, 10)') },
  { name: 'perl-regex', cmd: pl('$_ = "2024-01-15 and 1999-12-31"; my @d = /(\\d{4})-(\\d\\d)-(\\d\\d)/g; print join(",", @d), "\\n"; (my $t = "hello big world") =~ s/(\\w+)/\\u$1/g; print "$t\\n"; print scalar(() = "aaaa" =~ /a/g), "\\n"; my %h; $h{$_ % 7}++ for 1..100; print join(" ", map {"$_=$h{$_}"} sort keys %h), "\\n"') },
  { name: 'perl-pack', cmd: pl('print unpack("H*", pack("N n C a3", 0xdeadbeef, 513, 7, "xy")), " ", 2**53+1, " ", 18446744073709551615, " ", 9007199254740993, " ", -7 % 3, " ", int(-7/2), "\\n"; my @s = sort { $a <=> $b } (10, 2, 33, 4); print "@s\\n"; print join(",", map { sprintf "%.2f", sqrt } 1..5), "\\n"') },
  { name: 'python-math', cmd: py('import math; print(math.pi, math.sqrt(2), math.factorial(25), math.gcd(2**64, 6**20), math.lgamma(10.5), math.fsum([0.1]*10), math.sin(1e22), math.atan2(-0.0, -1.0), math.expm1(1e-10), math.log10(2), math.isqrt(10**40+1))') },
  { name: 'python-hashlib', cmd: py('import hashlib; print(hashlib.sha256(b"a64dbg").hexdigest()); print(hashlib.md5(b"x"*1000).hexdigest()); print(hashlib.sha1(b"abc").hexdigest()); print(hashlib.sha512(bytes(range(256))*10).hexdigest()[:64]); print(hashlib.sha3_256(b"").hexdigest()); print(hashlib.blake2b(b"abc").hexdigest()[:32])') },
  { name: 'python-json', cmd: py('import json; d = {"b": [1, 2.5, None, True, 1e100], "a": "\\u00e9\\u4e2d", "c": {"n": -0.0}}; s = json.dumps(d, sort_keys=True); print(s); print(json.loads(s)["b"][1] * 3, json.dumps(json.loads(s), indent=1).count("\\n")); print(json.dumps(1/3), json.loads("[1e400, 2]"))') },
  { name: 'python-struct', cmd: py('import struct; print(struct.pack("<IhQd", 1, -2, 2**63, 1.5).hex()); print(struct.unpack(">f", bytes.fromhex("40490fdb"))[0]); print(struct.calcsize("@iqc"), struct.unpack("<e", b"\\x00\\x3c")[0]); print(int.from_bytes(b"\\x01\\x02\\x03", "big"), (255).to_bytes(2, "little"))') },
  { name: 'python-zlib', cmd: py('import zlib, binascii; d = bytes(range(256)) * 64 + b"a64dbg" * 1000; c = zlib.compress(d, 9); print(len(c), zlib.crc32(d), zlib.adler32(d), zlib.decompress(c) == d, binascii.crc32(b"abc"), binascii.hexlify(c[:8]))') },
  { name: 'python-decimal', cmd: py('from decimal import Decimal, getcontext, ROUND_HALF_EVEN; getcontext().prec = 50; print(Decimal(1) / Decimal(7)); print(Decimal(2).sqrt()); print(Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN), Decimal(0.1)); from fractions import Fraction; print(Fraction(3, 7) + Fraction(1, 3))') },
  { name: 'python-misc', cmd: py('import sys; print(sum(i * i for i in range(10**5)), 2**200, f"{1e100:.5g} {0.1 + 0.2!r} {1/3:.17f}", sorted("a64dbg"), sys.maxsize, sys.byteorder, sys.float_info.epsilon, float("nan") != float("nan"), round(2.675, 2), divmod(-7, 2), hash("abc") == hash("abc"))') },
  { name: 'python-text', cmd: py('import re, collections, itertools; words = "the quick brown fox jumps over the lazy dog the end".split(); print(collections.Counter(words).most_common(2)); print(re.sub(r"(\\w)(\\w*)", lambda m: m.group(2) + m.group(1) + "ay", "hello world")); print(list(itertools.permutations("abc", 2))[:4]); print("%08.3f|%-5s|%x" % (3.14159, "ab", 255), "caf\\u00e9".upper(), "stra\\u00dfe".casefold())') },
  { name: 'ld-so', cmd: '/lib/ld-linux-aarch64.so.1 --version | head -n1; /lib/ld-linux-aarch64.so.1 --list /usr/bin/python3.11 | sed "s/ (0x[0-9a-f]*)//" | sort' },
  { name: 'uname', cmd: 'uname -sm; nproc; id; cat /etc/debian_version; . /etc/os-release && echo "$PRETTY_NAME"' },
];

export const MARK = '@@';

/** The line typed for command k: markers around it; the end marker carries $?. */
export function wrapCommand(k: number, cmd: string): string {
  return `printf '${MARK}%s${MARK}\\n' B${k}; ${cmd}; printf '${MARK}%s${MARK}\\n' "E${k} $?"`;
}

export interface CommandResult {
  output: string;
  status: number;
}

/**
 * The output and exit status of command k in the console text (CR/LF folded to LF), or
 * undefined when its markers are not both there.
 */
export function extractResult(console: string, k: number): CommandResult | undefined {
  const text = console.replace(/\r\n/g, '\n');
  const begin = `${MARK}B${k}${MARK}\n`;
  const at = text.indexOf(begin);
  if (at < 0) return undefined;
  const end = new RegExp(`${MARK}E${k} (\\d+)${MARK}\\n`).exec(text.slice(at + begin.length));
  if (!end) return undefined;
  return { output: text.slice(at + begin.length, at + begin.length + end.index), status: Number(end[1]) };
}

/**
 * Feeds lines to the guest one prompt at a time. Call `feed` with every chunk of console output;
 * `send` is called with the next line (newline included) each time bash's prompt has been
 * printed. When every line has gone and the prompt is back, `done` becomes true.
 */
export class PromptDriver {
  all = '';
  private tail = '';
  private next = 0;
  done = false;
  /** Console offset where each line was sent. */
  readonly sentAt: number[] = [];

  constructor(private readonly lines: readonly string[], private readonly send: (text: string) => void, private readonly prompt: RegExp = PROMPT_RE) {}

  feed(chunk: string): void {
    this.all += chunk;
    this.tail = (this.tail + chunk).slice(-256);
    if (!this.prompt.test(this.tail)) return;
    this.tail = '';
    if (this.next >= this.lines.length) { this.done = true; return; }
    this.sentAt.push(this.all.length);
    this.send(this.lines[this.next++] + '\n');
  }

  /** How many lines have been sent. */
  get sent(): number { return this.next; }
}
