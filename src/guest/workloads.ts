// The guest-workload benchmark (`npm run bench:workload`, also a section of `npm run bench`):
// workloads typed at the Debian userland's bash prompt, each timed on the host from its begin
// marker to its end marker on the console, under a64dbg and under QEMU with the same kernel,
// initramfs and command line. Setup lines (making the input files) are not timed.

export interface Workload {
  name: string;
  /** What the row says it measures. */
  what: string;
  /** One line of bash. */
  cmd: string;
  /** Untimed setup run just before (same prompt-by-prompt typing). */
  setup?: string;
}

/** ~10 MB of mixed input (the image's own programs and libraries: compresses about 3:1). */
const DATA = '/tmp/data.bin';
const SETUP_DATA = `cat /usr/bin/* /usr/lib/aarch64-linux-gnu/*.so* /usr/lib/python3.11/*.py 2>/dev/null | head -c 10000000 > ${DATA}; ls -l ${DATA} | cut -d" " -f5`;

export const WORKLOADS: readonly Workload[] = [
  { name: 'gzip -9', what: 'gzip -9 of 10 MB (programs and libraries)', setup: SETUP_DATA, cmd: `gzip -9 -c ${DATA} > /tmp/data.gz; ls -l /tmp/data.gz | cut -d" " -f5` },
  { name: 'gunzip', what: 'gzip -d of the same, compared with the input', cmd: `gzip -dc /tmp/data.gz | cmp - ${DATA} && echo same` },
  { name: 'sha256sum', what: 'sha256sum of 4 x 10 MB', cmd: `sha256sum ${DATA} ${DATA} ${DATA} ${DATA} | uniq -c -w64 | cut -c1-24` },
  { name: 'seq > file, wc', what: 'seq 1 1000000 to a file (6.9 MB), wc of it', cmd: 'seq 1 1000000 > /tmp/seq.txt; wc /tmp/seq.txt' },
  { name: 'sort', what: 'sort -r of the 1,000,000 lines, to a file', cmd: 'sort -r /tmp/seq.txt > /tmp/sorted.txt; head -n1 /tmp/sorted.txt' },
  { name: 'fork/exec', what: '200 fork+exec of small programs from a bash loop (true, expr)', cmd: 'for i in $(seq 100); do /bin/true; expr $i + 1 > /dev/null; done; echo done' },
  { name: 'bash loop', what: 'bash arithmetic loop, 100,000 iterations', cmd: 'i=0; s=0; while (( i < 100000 )); do (( s += i % 7, i++ )); done; echo $s' },
  { name: 'perl', what: 'perl: 2,000,000-iteration loop, hash and regex', cmd: `perl -e 'my ($s, %h) = (0); for my $i (1..2000000) { $s += $i % 7; $h{$i % 1000} .= "x" if $i % 3 == 0 } my $n = () = join(",", map { length } values %h) =~ /\\d+/g; print "$s $n\\n"'` },
  { name: 'python3', what: 'python3: startup, 1,000,000-iteration loop, json, sha256', cmd: `python3 -c 'import json, hashlib; s = sum(i % 7 for i in range(1000000)); d = json.dumps([{"k": i, "v": str(i) * 3} for i in range(20000)]); print(s, len(json.loads(d)), hashlib.sha256(d.encode()).hexdigest()[:16])'` },
];
