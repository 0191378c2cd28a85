/**
 * The progress bar a batch shows on standard error while it runs on a
 * terminal: inputs done (or bytes, for JSONL), articles per second and the
 * time left. Messages printed while it runs go above it.
 */

import cliProgress from 'cli-progress'

/** What the bar counts: files, or bytes of JSONL input. */
export type Unit = 'files' | 'bytes'

/** The progress display of a run (a no-op when disabled). */
export interface Progress {
  /** Set how many units the run has, once known. */
  setTotal(total: number): void
  /** Count one task done: `units` of progress, one article parsed or failed. */
  tick(units: number, ok: boolean): void
  /** Print a line (an error message) without breaking the bar. */
  log(line: string): void
  /** Remove the bar. */
  stop(): void
}

interface State {
  articles: number
  failures: number
  start: number
}

/**
 * Create the progress display. When `enabled` is false (standard error is
 * not a terminal, or `--quiet`), messages go straight to `stream`.
 */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean, unit: Unit): Progress {
  if (!enabled) {
    return {
      setTotal() {},
      tick() {},
      log(line) {
        stream.write(line)
      },
      stop() {}
    }
  }

  const state: State = {articles: 0, failures: 0, start: performance.now()}
  let total = 0
  let done = 0

  const multi = new cliProgress.MultiBar({
    stream,
    format: (options, params) => format(options, params.value, total, state, unit),
    hideCursor: true,
    clearOnComplete: true,
    barsize: 24,
    fps: 8,
    linewrap: false,
    autopadding: false
  })
  const bar = multi.create(0, 0)

  return {
    setTotal(value) {
      total = value
      bar.setTotal(Math.max(value, done))
    },
    tick(units, ok) {
      done += units
      state.articles++
      if (!ok) state.failures++
      bar.update(done)
    },
    log(line) {
      multi.log(line)
    },
    stop() {
      // Flush messages still waiting for a redraw, then clear the bar.
      multi.update()
      multi.stop()
    }
  }
}

function format(options: cliProgress.Options, value: number, total: number, state: State, unit: Unit): string {
  const seconds = (performance.now() - state.start) / 1000
  const rate = seconds > 0 ? state.articles / seconds : 0
  const unitRate = seconds > 0 ? value / seconds : 0
  const parts: string[] = []

  if (total > 0) {
    const ratio = Math.min(1, value / total)
    parts.push(cliProgress.Format.BarFormat(ratio, options), `${Math.floor(ratio * 100)}%`.padStart(4))
    parts.push(unit === 'bytes' ? `${megabytes(value)}/${megabytes(total)} MB` : `${value}/${total} files`)
  } else {
    parts.push(unit === 'bytes' ? `${megabytes(value)} MB` : `${value} files`)
  }

  parts.push(`${state.articles} articles`)
  if (state.failures > 0) parts.push(`${state.failures} failed`)
  parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)} articles/s`)
  if (total > 0 && unitRate > 0 && value < total) parts.push(`ETA ${duration((total - value) / unitRate)}`)
  return parts.join(' | ')
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1)
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}
