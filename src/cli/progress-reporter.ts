import cliProgress from 'cli-progress';
import type { BuildProgress } from '../ingest/build-index.js';

const PHASE_LABEL: Record<BuildProgress['phase'], string> = {
  okuma: 'Belgeler okunuyor',
  gömme: 'Parçalar vektöre çevriliyor',
  yazma: 'Dizin yazılıyor',
};

/**
 * A progress bar (cli-progress) on a terminal; plain lines elsewhere (CI logs, pipes), one per phase
 * and at each quarter, so logs stay readable. Always on stderr: stdout belongs to answers and JSON.
 */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: (p: BuildProgress) => void;
  stop: () => void;
} {
  if (stream.isTTY && !process.env.CI) {
    let bar: cliProgress.SingleBar | null = null;
    let phase: string | null = null;
    return {
      onProgress(p) {
        if (p.phase !== phase) {
          bar?.stop();
          phase = p.phase;
          bar = new cliProgress.SingleBar(
            { format: `${PHASE_LABEL[p.phase]} [{bar}] {value}/{total}`, stream, clearOnComplete: false, hideCursor: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(Math.max(p.total, 1), p.done);
        }
        bar?.setTotal(Math.max(p.total, 1));
        bar?.update(p.done);
      },
      stop: () => bar?.stop(),
    };
  }
  const printed = new Set<string>();
  return {
    onProgress(p) {
      const quarter = p.total === 0 ? 4 : Math.floor((p.done / p.total) * 4);
      const key = `${p.phase}:${quarter}`;
      if (printed.has(key)) return;
      printed.add(key);
      stream.write(`${PHASE_LABEL[p.phase]}: ${p.done}/${p.total}\n`);
    },
    stop: () => {},
  };
}
