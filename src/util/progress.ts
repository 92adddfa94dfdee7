// Progress on a terminal (stderr is a TTY), silence when piped: long work shows it is alive.
export interface Progress {
  tick(n: number): void;
  done(n: number): void;
}

export function createProgress(unit: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  const t0 = performance.now();
  let last = 0;
  return {
    tick(n: number): void {
      if (!tty) return;
      const now = performance.now();
      if (now - last < 500) return;
      last = now;
      const rate = n / ((now - t0) / 1000);
      stream.write(`\r${n.toLocaleString('en-US')} ${unit} (${Math.round(rate).toLocaleString('en-US')}/s)   `);
    },
    done(n: number): void {
      if (!tty) return;
      const s = (performance.now() - t0) / 1000;
      stream.write(`\r${n.toLocaleString('en-US')} ${unit} in ${s.toFixed(1)} s${' '.repeat(20)}\n`);
    },
  };
}
